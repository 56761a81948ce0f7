import type { DirectProvider, Observed } from '../../document/backend.ts';
import { backendOf } from '../../document/backend-of.ts';
import { PlanAction, type ResourceReport } from '../../document/report.ts';
import type { DeploymentDocument, ResourceSpec } from '../../document/types.ts';
import type { StackResourceState } from './stack-port.ts';

/**
 * Reads an adopted resource through the direct backends (the stack never holds it).
 *
 * @param provider - The direct backends.
 * @param document - The document.
 * @param spec - The adopted resource.
 * @param signal - Aborts the lookup.
 * @returns Its report.
 */
export async function observeAdopted(
  provider: DirectProvider,
  document: DeploymentDocument,
  spec: ResourceSpec,
  signal?: AbortSignal,
): Promise<ResourceReport> {
  const seen = await backendOf(provider.backends, spec.kind).find(spec, document.deployment, signal);
  const error = seen === undefined ? `adopted ${spec.kind} "${spec.cloudName}" does not exist` : undefined;
  return {
    name: spec.name,
    kind: spec.kind,
    action: PlanAction.OBSERVE,
    applied: seen !== undefined,
    id: seen?.id,
    error,
    changes: [],
  };
}

/**
 * Reads the object behind a stack resource through the direct backends, by its id.
 *
 * @param provider - The direct backends.
 * @param spec - The document resource.
 * @param physicalId - The stack resource's physical id.
 * @param signal - Aborts the lookup.
 * @returns The object, or `undefined` when it was deleted behind the stack's back.
 */
export async function observeById(
  provider: DirectProvider,
  spec: ResourceSpec,
  physicalId: string,
  signal?: AbortSignal,
): Promise<Observed | undefined> {
  const probe = {
    kind: spec.kind,
    name: spec.name,
    managed: false,
    cloudName: physicalId,
    id: physicalId,
    dependsOn: [],
  } as ResourceSpec;
  return backendOf(provider.backends, spec.kind).find(probe, '', signal);
}

/**
 * One report per managed document resource from the stack's resources (companions such as router interfaces
 * count towards their owner).
 *
 * @param document - The document.
 * @param resources - The stack's resources.
 * @param owners - Heat name → document name.
 * @param action - The action taken.
 * @returns The reports.
 */
export function stackReports(
  document: DeploymentDocument,
  resources: readonly StackResourceState[],
  owners: Readonly<Record<string, string>>,
  action: PlanAction,
): ResourceReport[] {
  return document.resources
    .filter((spec) => spec.managed)
    .map((spec) => {
      const mine = resources.filter((resource) => owners[resource.name] === spec.name);
      const main = mine.find((resource) => resource.name === spec.name);
      const failed = mine.find((resource) => resource.status.endsWith('_FAILED'));
      const applied =
        mine.length > 0 &&
        mine.every(
          (resource) => resource.status.endsWith('_COMPLETE') && !resource.status.startsWith('DELETE'),
        );
      const error =
        failed === undefined
          ? applied
            ? undefined
            : 'not created by the stack'
          : `${failed.name}: ${failed.status}: ${failed.reason ?? ''}`;
      return {
        name: spec.name,
        kind: spec.kind,
        action,
        applied,
        id: main?.physicalId || undefined,
        error,
        changes: [],
      };
    });
}
