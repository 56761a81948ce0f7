import { CloudError } from '../../errors/cloud-error.ts';
import type { DirectProvider, KindBackend, Observed, Resolver } from './backend.ts';
import { backendOf } from './backend-of.ts';
import { buildGraph } from './graph.ts';
import { deleteInReverse, listOwned } from './orphans.ts';
import { evaluateOutputs } from './outputs.ts';
import { type DeploymentReport, errorText, PlanAction, type ResourceReport } from './report.ts';
import { createResolver } from './resolver.ts';
import { runInOrder } from './schedule.ts';
import type { DeploymentDocument, DocumentKind, ManagedResource, ResourceSpec } from './types.ts';

/** Options of apply and destroy. */
export interface RunOptions {
  /** Called as each resource finishes (for progress output). */
  readonly onProgress?: ((report: ResourceReport) => void) | undefined;
  /** Aborts the run (resources already created stay, marked; a re-run finishes the job). */
  readonly signal?: AbortSignal | undefined;
}

/** A managed object that is (still) failed after apply tried. */
export class ResourceUnhealthyError extends CloudError {
  /**
   * @param name - The logical name.
   * @param observed - The object.
   * @param reconcile - Whether the document asked to reconcile.
   */
  constructor(name: string, observed: Observed, reconcile: boolean) {
    const hint = reconcile ? '' : '; set `reconcile: true` in the document to replace it on the next apply';
    super(
      `${name} (${observed.id}) is in ERROR: ${observed.reason ?? 'the provider gives no reason'}${hint}`,
      'ERR_RESOURCE_FAILED',
    );
  }
}

interface ApplyContext {
  readonly document: DeploymentDocument;
  readonly provider: DirectProvider;
  readonly observed: Map<string, Observed>;
  readonly resolver: Resolver;
  readonly signal: AbortSignal | undefined;
}

async function settle(backend: KindBackend<DocumentKind>, found: Observed | undefined, signal?: AbortSignal) {
  return found?.health === 'pending' ? backend.wait(found, signal) : found;
}

async function applyManaged(
  ctx: ApplyContext,
  spec: ManagedResource<DocumentKind>,
  ids: Map<string, string>,
): Promise<PlanAction> {
  const backend = backendOf(ctx.provider.backends, spec.kind);
  const { deployment, reconcile } = ctx.document;
  let seen = await settle(backend, await backend.find(spec, deployment, ctx.signal), ctx.signal);
  let action: PlanAction = seen === undefined ? PlanAction.CREATE : PlanAction.KEEP;
  if (seen !== undefined) ids.set(spec.name, seen.id);
  if (seen?.health === 'failed') {
    if (!reconcile) throw new ResourceUnhealthyError(spec.name, seen, reconcile);
    await backend.delete(seen, ctx.signal);
    seen = undefined;
    action = PlanAction.REPLACE;
  }
  seen ??= await backend.create(spec, deployment, ctx.resolver, ctx.signal);
  ids.set(spec.name, seen.id);
  if (seen.health === 'failed') throw new ResourceUnhealthyError(spec.name, seen, reconcile);
  ctx.observed.set(spec.name, seen);
  const convergence = await backend.converge(spec, seen, ctx.resolver, ctx.signal);
  if (convergence.apply !== undefined) {
    await convergence.apply(ctx.signal);
    const fresh = await backend.find(spec, deployment, ctx.signal);
    if (fresh !== undefined) ctx.observed.set(spec.name, fresh);
    if (action === PlanAction.KEEP) action = PlanAction.UPDATE;
  }
  return action;
}

async function applyAdopted(
  ctx: ApplyContext,
  spec: ResourceSpec,
  ids: Map<string, string>,
): Promise<PlanAction> {
  const seen = await backendOf(ctx.provider.backends, spec.kind).find(
    spec,
    ctx.document.deployment,
    ctx.signal,
  );
  if (seen === undefined) {
    throw new CloudError(
      `adopted ${spec.kind} "${spec.cloudName}" (${spec.name}) does not exist`,
      'ERR_ADOPTED_NOT_FOUND',
    );
  }
  ids.set(spec.name, seen.id);
  ctx.observed.set(spec.name, seen);
  return PlanAction.OBSERVE;
}

/**
 * Applies a document with direct API calls: every resource is looked up (by its cloud name and ownership mark)
 * before it is created, so a second apply changes nothing and a killed apply re-run creates no duplicate.
 * Independent resources run concurrently in dependency order up to `document.concurrency`; owned objects no
 * longer in the document are deleted last.
 *
 * @param document - The parsed document.
 * @param provider - The provider's backends.
 * @param options - Progress callback and abort signal.
 * @returns Each resource's `{applied, id, error}` and the outputs.
 */
export async function applyDirect(
  document: DeploymentDocument,
  provider: DirectProvider,
  options: RunOptions = {},
): Promise<DeploymentReport> {
  const graph = buildGraph(document);
  const observed = new Map<string, Observed>();
  const ctx: ApplyContext = {
    document,
    provider,
    observed,
    resolver: createResolver(provider, observed),
    signal: options.signal,
  };
  const reports: ResourceReport[] = [];
  const ids = new Map<string, string>();
  const report = (entry: ResourceReport): void => {
    reports.push(entry);
    options.onProgress?.(entry);
  };
  const outcomes = await runInOrder(
    graph.dependencies,
    async (name) => {
      const spec = graph.resources.get(name);
      if (spec === undefined) return;
      const action = spec.managed ? await applyManaged(ctx, spec, ids) : await applyAdopted(ctx, spec, ids);
      report({
        name,
        kind: spec.kind,
        action,
        applied: true,
        id: ids.get(name),
        error: undefined,
        changes: [],
      });
    },
    { concurrency: document.concurrency, signal: options.signal },
  );
  for (const [name, outcome] of outcomes) {
    const spec = graph.resources.get(name);
    if (outcome.ok || spec === undefined) continue;
    report({
      name,
      kind: spec.kind,
      action: PlanAction.CREATE,
      applied: false,
      id: ids.get(name),
      error: errorText(outcome.error),
      changes: [],
    });
  }
  await pruneOrphans(ctx, new Set(graph.resources.keys()), report);
  const ok = reports.every((entry) => entry.error === undefined);
  return {
    deployment: document.deployment,
    engine: 'direct',
    resources: reports,
    outputs: evaluateOutputs(document, observed),
    ok,
  };
}

async function pruneOrphans(
  ctx: ApplyContext,
  names: ReadonlySet<string>,
  report: (entry: ResourceReport) => void,
) {
  const owned = await listOwned(ctx.provider.backends, ctx.document.deployment, ctx.signal);
  const kept = new Set([...ctx.observed.values()].map((seen) => seen.id));
  const orphans = owned.filter(({ observed }) => !kept.has(observed.id) && !names.has(observed.owner ?? ''));
  await deleteInReverse(ctx.provider.backends, orphans, {
    concurrency: ctx.document.concurrency,
    signal: ctx.signal,
    onDeleted: ({ kind, observed }, error) =>
      report({
        name: observed.owner ?? observed.name,
        kind,
        action: PlanAction.DELETE,
        applied: error === undefined,
        id: observed.id,
        error: error === undefined ? undefined : errorText(error),
        changes: [],
      }),
  });
}
