import type { RunOptions } from '../../document/apply.ts';
import { type DeploymentReport, PlanAction, type ResourceReport } from '../../document/report.ts';
import type { DeploymentDocument } from '../../document/types.ts';
import { StackOperationFailedError } from './apply.ts';
import { kindOfHeatType } from './hot-types.ts';
import type { StackPort } from './stack-port.ts';
import { stackName, waitForStack } from './wait.ts';

/**
 * Deletes the deployment's stack and waits until it is gone. Idempotent (no stack counts as deleted); adopted
 * resources are never part of the stack, so they stay. A delete that ends in `DELETE_FAILED` (a locked server,
 * for example) is reported as a failure carrying the provider's reason, never as a success.
 *
 * @param target - The document or the deployment id.
 * @param port - The stack service.
 * @param options - Abort signal and progress callback.
 * @returns One `delete` entry per stack resource; `ok: false` with the reason on `DELETE_FAILED`.
 */
export async function destroyStack(
  target: DeploymentDocument | string,
  port: StackPort,
  options: RunOptions = {},
): Promise<DeploymentReport> {
  const deployment = typeof target === 'string' ? target : target.deployment;
  const name = stackName(deployment);
  const stack = await port.findStack(name, options.signal);
  if (stack === undefined) return { deployment, engine: 'stack', resources: [], outputs: {}, ok: true };
  const resources = await port.listResources(stack, options.signal);
  if (stack.status !== 'DELETE_IN_PROGRESS') await port.deleteStack(stack, options.signal);
  const after = await waitForStack(port, name, {}, options.signal);
  const error = after === undefined ? undefined : new StackOperationFailedError(after).message;
  const reports: ResourceReport[] = resources.map((resource) => ({
    name: resource.name,
    kind: kindOfHeatType(resource.type),
    action: PlanAction.DELETE,
    applied: error === undefined,
    id: resource.physicalId || undefined,
    error,
    changes: [],
  }));
  for (const report of reports) options.onProgress?.(report);
  return { deployment, engine: 'stack', resources: reports, outputs: {}, ok: error === undefined };
}
