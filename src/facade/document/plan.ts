import type { DirectProvider, Observed } from './backend.ts';
import { backendOf } from './backend-of.ts';
import { buildGraph, type DeploymentGraph } from './graph.ts';
import { listOwned } from './orphans.ts';
import { type DeploymentReport, errorText, PlanAction, type ResourceReport } from './report.ts';
import { createResolver } from './resolver.ts';
import type { DeploymentDocument, ResourceSpec } from './types.ts';

interface PlanContext {
  readonly document: DeploymentDocument;
  readonly provider: DirectProvider;
  readonly observed: Map<string, Observed>;
  readonly planned: Map<string, PlanAction>;
  readonly signal: AbortSignal | undefined;
}

function entry(
  spec: ResourceSpec,
  action: PlanAction,
  seen: Observed | undefined,
  extra: Partial<ResourceReport> = {},
): ResourceReport {
  return {
    name: spec.name,
    kind: spec.kind,
    action,
    applied: false,
    id: seen?.id,
    error: undefined,
    changes: [],
    ...extra,
  };
}

async function planOne(
  ctx: PlanContext,
  graph: DeploymentGraph,
  spec: ResourceSpec,
): Promise<ResourceReport> {
  const backend = backendOf(ctx.provider.backends, spec.kind);
  const seen = await backend.find(spec, ctx.document.deployment, ctx.signal);
  if (seen !== undefined) ctx.observed.set(spec.name, seen);
  if (!spec.managed) {
    const error = seen === undefined ? `adopted ${spec.kind} "${spec.cloudName}" does not exist` : undefined;
    return entry(spec, PlanAction.OBSERVE, seen, { error });
  }
  if (seen === undefined) return entry(spec, PlanAction.CREATE, seen);
  if (seen.health === 'failed') {
    if (ctx.document.reconcile) return entry(spec, PlanAction.REPLACE, seen);
    return entry(spec, PlanAction.KEEP, seen, {
      error: `in ERROR: ${seen.reason ?? 'no reason given'}; reconcile is off`,
    });
  }
  const recreated = [...(graph.dependencies.get(spec.name) ?? [])].filter((dep) => {
    const action = ctx.planned.get(dep);
    return action === PlanAction.CREATE || action === PlanAction.REPLACE;
  });
  if (recreated.length > 0)
    return entry(spec, PlanAction.KEEP, seen, {
      changes: recreated.map((dep) => `depends on ${dep}, which will be created`),
    });
  const resolver = createResolver(ctx.provider, ctx.observed);
  const { changes } = await backend.converge(spec, seen, resolver, ctx.signal);
  return entry(spec, changes.length > 0 ? PlanAction.UPDATE : PlanAction.KEEP, seen, { changes });
}

/**
 * Says what {@link applyDirect} would do, resource by resource, without sending any request that changes
 * anything: create, keep, update, replace, delete (owned objects no longer in the document) or observe.
 *
 * @param document - The parsed document.
 * @param provider - The provider's backends.
 * @param signal - Aborts the reads.
 * @returns The plan; `ok` is `false` when a lookup failed or an adopted resource is missing.
 */
export async function planDirect(
  document: DeploymentDocument,
  provider: DirectProvider,
  signal?: AbortSignal,
): Promise<DeploymentReport> {
  const graph = buildGraph(document);
  const ctx: PlanContext = { document, provider, observed: new Map(), planned: new Map(), signal };
  const resources: ResourceReport[] = [];
  for (const name of graph.order) {
    const spec = graph.resources.get(name);
    if (spec === undefined) continue;
    let report: ResourceReport;
    try {
      report = await planOne(ctx, graph, spec);
    } catch (error) {
      report = entry(spec, PlanAction.CREATE, ctx.observed.get(name), { error: errorText(error) });
    }
    ctx.planned.set(name, report.action);
    resources.push(report);
  }
  const kept = new Set([...ctx.observed.values()].map((seen) => seen.id));
  for (const { kind, observed } of await listOwned(provider.backends, document.deployment, signal)) {
    if (kept.has(observed.id) || graph.resources.has(observed.owner ?? '')) continue;
    resources.push({
      name: observed.owner ?? observed.name,
      kind,
      action: PlanAction.DELETE,
      applied: false,
      id: observed.id,
      error: undefined,
      changes: [],
    });
  }
  const ok = resources.every((report) => report.error === undefined);
  return { deployment: document.deployment, engine: 'direct', resources, outputs: {}, ok };
}
