import type { DirectProvider } from '../../document/backend.ts';
import { type DeploymentReport, PlanAction, type ResourceReport } from '../../document/report.ts';
import type { DeploymentDocument } from '../../document/types.ts';
import type { HotResource } from './hot-types.ts';
import { kindOfHeatType } from './hot-types.ts';
import { observeAdopted, observeById } from './reports.ts';
import type { StackPort, StackResourceState, StackState } from './stack-port.ts';
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
  const managed = document.resources.filter((spec) => spec.managed);
  if (stack === undefined) {
    reports.unshift(
      ...managed.map((spec) => ({
        name: spec.name,
        kind: spec.kind,
        action: PlanAction.CREATE,
        applied: false,
        id: undefined,
        error: undefined,
        changes: [],
      })),
    );
    return {
      deployment: document.deployment,
      engine: 'stack',
      resources: reports,
      outputs: {},
      ok: reports.every((r) => r.error === undefined),
    };
  }
  const unchanged = stack.description === translation.template.description;
  const old = unchanged ? undefined : await port.getTemplate(stack, signal);
  const live = await port.listResources(stack, signal);
  const ctx = { port, provider, document, signal };
  for (const spec of managed) {
    const same =
      unchanged ||
      definitionsOf(old, {}, spec.name) ===
        definitionsOf(translation.template, translation.owners, spec.name);
    const action = await actionFor(ctx, stack, live, spec.name, same);
    const id = live.find((r) => r.name === spec.name)?.physicalId || undefined;
    reports.unshift({
      name: spec.name,
      kind: spec.kind,
      action,
      applied: false,
      id,
      error: undefined,
      changes: [],
    });
  }
  const owned = new Set(Object.values(translation.owners));
  for (const resource of live) {
    if (owned.has(resource.name) || /-(if-\d+|attachment|association)$/.test(resource.name)) continue;
    reports.push({
      name: resource.name,
      kind: kindOfHeatType(resource.type),
      action: PlanAction.DELETE,
      applied: false,
      id: resource.physicalId,
      error: undefined,
      changes: [],
    });
  }
  const failed = stack.status.endsWith('_FAILED')
    ? `stack ${stack.name} is ${stack.status}: ${stack.reason ?? ''}`
    : undefined;
  return {
    deployment: document.deployment,
    engine: 'stack',
    resources: reports,
    outputs: {},
    ok: failed === undefined && reports.every((r) => r.error === undefined),
  };
}
