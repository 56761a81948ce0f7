import type { RunOptions } from './apply.ts';
import type { DirectProvider } from './backend.ts';
import { backendOf } from './backend-of.ts';
import { deleteInReverse, listOwned, type OwnedObject } from './orphans.ts';
import { type DeploymentReport, errorText, PlanAction, type ResourceReport } from './report.ts';
import type { DeploymentDocument } from './types.ts';

async function documentTargets(
  document: DeploymentDocument,
  provider: DirectProvider,
  signal?: AbortSignal,
): Promise<OwnedObject[]> {
  const found = await Promise.all(
    document.resources.map(async (spec) => {
      const observed = await backendOf(provider.backends, spec.kind).find(spec, document.deployment, signal);
      return observed === undefined ? [] : [{ kind: spec.kind, observed, managed: spec.managed }];
    }),
  );
  const flat = found.flat();
  const adopted = new Set(flat.filter((item) => !item.managed).map((item) => item.observed.id));
  const owned = await listOwned(provider.backends, document.deployment, signal);
  const byId = new Map<string, OwnedObject>();
  for (const item of [...flat.filter((entry) => entry.managed), ...owned]) {
    if (!adopted.has(item.observed.id))
      byId.set(item.observed.id, { kind: item.kind, observed: item.observed });
  }
  return [...byId.values()];
}

/**
 * Deletes a deployment with direct API calls, in reverse dependency order (floating IPs and volumes first, key
 * pairs last). Idempotent: what is already gone counts as deleted. Adopted (`managed: false`) resources are
 * never touched.
 *
 * @param target - The document, or just the deployment id (then the ownership marks say what to delete).
 * @param provider - The provider's backends.
 * @param options - Progress callback and abort signal; the document's concurrency applies (4 for an id).
 * @returns One `delete` entry per object found.
 */
export async function destroyDirect(
  target: DeploymentDocument | string,
  provider: DirectProvider,
  options: RunOptions = {},
): Promise<DeploymentReport> {
  const deployment = typeof target === 'string' ? target : target.deployment;
  const targets =
    typeof target === 'string'
      ? await listOwned(provider.backends, deployment, options.signal)
      : await documentTargets(target, provider, options.signal);
  const resources: ResourceReport[] = [];
  await deleteInReverse(provider.backends, targets, {
    concurrency: typeof target === 'string' ? 4 : target.concurrency,
    signal: options.signal,
    onDeleted: ({ kind, observed }, error) => {
      const report: ResourceReport = {
        name: observed.owner ?? observed.name,
        kind,
        action: PlanAction.DELETE,
        applied: error === undefined,
        id: observed.id,
        error: error === undefined ? undefined : errorText(error),
        changes: [],
      };
      resources.push(report);
      options.onProgress?.(report);
    },
  });
  return {
    deployment,
    engine: 'direct',
    resources,
    outputs: {},
    ok: resources.every((entry) => entry.error === undefined),
  };
}
