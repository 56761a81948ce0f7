import type { DirectProvider } from '../../document/backend.ts';
import { type DeploymentReport, PlanAction, type ResourceReport } from '../../document/report.ts';
import type { DeploymentDocument } from '../../document/types.ts';
import type { HotResource } from './hot-types.ts';
import { kindOfHeatType } from './hot-types.ts';
import { observeAdopted, observeById } from './reports.ts';
import type { StackPort, StackResourceState, StackState } from './stack-port.ts';
import { sameTemplate } from './tags.ts';
import { translateToHot } from './template.ts';
import { stackName } from './wait.ts';

function definitionsOf(template: unknown, owners: Readonly<Record<string, string>>, owner: string): string {
  const resources =
    typeof template === 'object' && template !== null && 'resources' in template
      ? template.resources
      : undefined;
  if (typeof resources !== 'object' || resources === null) return '';
  const mine = Object.entries(resources as Record<string, HotResource>).filter(
    ([name]) => (owners[name] ?? name.replace(/-(if-\d+|attachment|association)$/, '')) === owner,
  );
  return JSON.stringify(mine.sort(([a], [b]) => a.localeCompare(b)));
}

async function actionFor(
  ctx: {
    port: StackPort;
    provider: DirectProvider;
    document: DeploymentDocument;
    signal: AbortSignal | undefined;
  },
  stack: StackState,
  live: readonly StackResourceState[],
  name: string,
  same: boolean,
) {
  const spec = ctx.document.resources.find((resource) => resource.name === name);
  const resource = live.find((r) => r.name === name);
  if (spec === undefined) return PlanAction.KEEP;
  if (resource === undefined || resource.physicalId === '') return PlanAction.CREATE;
  if (!same) return PlanAction.UPDATE;
  if (!ctx.document.reconcile || stack.status.endsWith('_IN_PROGRESS')) return PlanAction.KEEP;
  const seen = await observeById(ctx.provider, spec, resource.physicalId, ctx.signal);
  return seen === undefined || seen.health === 'failed' ? PlanAction.REPLACE : PlanAction.KEEP;
}

function planned(
  spec: { readonly name: string; readonly kind: ResourceReport['kind'] },
  action: PlanAction,
  id: string | undefined,
): ResourceReport {
  return { name: spec.name, kind: spec.kind, action, applied: false, id, error: undefined, changes: [] };
}

function stackPlan(
  document: DeploymentDocument,
  reports: ResourceReport[],
  failed: boolean,
): DeploymentReport {
  return {
    deployment: document.deployment,
    engine: 'stack',
    resources: reports,
    outputs: {},
    ok: !failed && reports.every((r) => r.error === undefined),
  };
}

/**
 * Adds the managed resources' reports in front of `reports` (from the template comparison and, with `reconcile`,
 * the live objects) and the stack's orphans after them.
 */
async function addStackPlans(
  ctx: Parameters<typeof actionFor>[0],
  stack: StackState,
  translation: ReturnType<typeof translateToHot>,
  reports: ResourceReport[],
): Promise<void> {
  const unchanged = sameTemplate(stack, translation.template);
  const old = unchanged ? undefined : await ctx.port.getTemplate?.(stack, ctx.signal);
  const live = await ctx.port.listResources(stack, ctx.signal);
  for (const spec of ctx.document.resources.filter((s) => s.managed)) {
    const same =
      unchanged ||
      definitionsOf(old, {}, spec.name) ===
        definitionsOf(translation.template, translation.owners, spec.name);
    const action = await actionFor(ctx, stack, live, spec.name, same);
    reports.unshift(planned(spec, action, live.find((r) => r.name === spec.name)?.physicalId || undefined));
  }
  const owned = new Set(Object.values(translation.owners));
  for (const resource of live) {
    if (owned.has(resource.name) || /-(if-\d+|attachment|association)$/.test(resource.name)) continue;
    reports.push(
      planned(
        { name: resource.name, kind: kindOfHeatType(resource.type) },
        PlanAction.DELETE,
        resource.physicalId,
      ),
    );
  }
}

/**
 * Says what {@link applyStack} would do, without changing anything: compares the translated template with the
 * one the stack holds, resource by resource, and with `reconcile` checks that the stack's objects still exist.
 *
 * @param document - The parsed document.
 * @param port - The stack service.
 * @param provider - The direct backends (read-only lookups).
 * @param signal - Aborts the reads.
 * @returns The plan.
 */
export async function planStack(
  document: DeploymentDocument,
  port: StackPort,
  provider: DirectProvider,
  signal?: AbortSignal,
): Promise<DeploymentReport> {
  const translation = translateToHot(document);
  const stack = await port.findStack(stackName(document.deployment), signal);
  const adopted = await Promise.all(
    document.resources
      .filter((spec) => !spec.managed)
      .map((spec) => observeAdopted(provider, document, spec, signal)),
  );
  const reports: ResourceReport[] = adopted.map((report) => ({ ...report, applied: false }));
  if (stack === undefined) {
    const managed = document.resources.filter((spec) => spec.managed);
    reports.unshift(...managed.map((spec) => planned(spec, PlanAction.CREATE, undefined)));
    return stackPlan(document, reports, false);
  }
  await addStackPlans({ port, provider, document, signal }, stack, translation, reports);
  return stackPlan(document, reports, stack.status.endsWith('_FAILED'));
}
