import type { PortableResources } from '../../compute/portable/resources.ts';
import { ResourceFailedError } from '../../compute/resource-failed-error.ts';
import type { DeploymentReport } from '../document/report.ts';
import type { JsonValue } from '../document/types.ts';
import type { DeploymentEngine } from '../engines/engine.ts';
import { FailureCode } from '../failure/failure-code.ts';
import { toFailureCode } from '../failure/to-failure-code.ts';
import { decodeHandle, type HandleBody } from './handle.ts';
import type { OperationStatus, Outputs, Topology } from './operation-status.ts';

/** What `status()` reads the cloud through. */
export interface StatusContext {
  /** The driver's portable resources. */
  readonly resources: PortableResources;
  /** The engine of each name the driver offers. */
  readonly engine: (name: 'direct' | 'stack') => DeploymentEngine;
}

type ResourceOp = Extract<HandleBody, { id: string }>;

/**
 * Reads where an operation stands, from the cloud alone: no local state, so any process can poll.
 *
 * @param context - The facade's resources and engines.
 * @param handle - What a `start…()` call returned.
 * @param signal - Aborts the reads.
 * @returns `IN_PROGRESS`, `COMPLETE` (outputs, topology) or `FAILED` (failure code, description).
 * @throws {@link ConfigurationError} for a string that is not a handle.
 */
export async function operationStatus(
  context: StatusContext,
  handle: string,
  signal?: AbortSignal,
): Promise<OperationStatus> {
  const body = decodeHandle(handle);
  if ('document' in body) {
    const report = await context.engine(body.engine).plan(body.document, signal);
    return body.op === 'apply' ? applyStatus(report) : destroyStatus(report);
  }
  return resourceStatus(context.resources, body, signal);
}

async function resourceStatus(
  resources: PortableResources,
  body: ResourceOp,
  signal?: AbortSignal,
): Promise<OperationStatus> {
  const isVm = body.op === 'createVm' || body.op === 'deleteVm';
  const type = isVm ? 'server' : 'volume';
  const name = isVm ? 'vm' : 'disk';
  const object = isVm
    ? await resources.servers.get(body.id, signal)
    : await resources.volumes.get(body.id, signal);
  const creating = body.op === 'createVm' || body.op === 'createDisk';
  if (object === undefined) {
    if (!creating) return { state: 'COMPLETE', outputs: {}, topology: { [name]: null } };
    return failed(FailureCode.RESOURCE_NOT_FOUND, `${type} ${body.id} no longer exists`, { [name]: null });
  }
  const topology: Topology = { [name]: { id: object.id, type } };
  if (object.health === 'failed') {
    const error = new ResourceFailedError(
      `${type} ${object.id} is in ERROR: ${object.reason ?? 'no reason given'}`,
      {
        resourceId: object.id,
        state: 'ERROR',
        fault: object.reason,
      },
    );
    const failure = toFailureCode(error);
    return failed(failure.failureCode, failure.description, topology);
  }
  if (creating && object.health === 'ready') {
    const outputs: Record<string, string> = { [`${name}Id`]: object.id };
    const ip: unknown = Reflect.get(object, 'privateIp');
    if (typeof ip === 'string') outputs.privateIp = ip;
    return { state: 'COMPLETE', outputs, topology };
  }
  return { state: 'IN_PROGRESS', topology };
}

function failed(failureCode: FailureCode, description: string, topology: Topology): OperationStatus {
  return { state: 'FAILED', failureCode, description, outputs: {}, topology };
}

function flatOutputs(outputs: Readonly<Record<string, JsonValue>>): Outputs {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(outputs)) {
    if (value === null) continue;
    flat[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return flat;
}

function applyStatus(report: DeploymentReport): OperationStatus {
  const topology: Record<string, { id: string; type: string } | null> = {};
  for (const r of report.resources) topology[r.name] = r.id === undefined ? null : { id: r.id, type: r.kind };
  const broken = report.resources.find((r) => r.error !== undefined);
  if (broken !== undefined) {
    const failure = toFailureCode(
      new ResourceFailedError(`${broken.name}: ${broken.error}`, {
        resourceId: broken.id ?? broken.name,
        state: 'ERROR',
        fault: broken.error,
      }),
    );
    return failed(failure.failureCode, failure.description, topology);
  }
  const settled = report.resources.every((r) => r.action === 'keep' || r.action === 'observe');
  if (!settled) return { state: 'IN_PROGRESS', topology };
  return { state: 'COMPLETE', outputs: flatOutputs(report.outputs), topology };
}

function destroyStatus(report: DeploymentReport): OperationStatus {
  const topology: Record<string, null> = {};
  const managed = report.resources.filter((r) => r.action !== 'observe');
  for (const r of managed) topology[r.name] = null;
  const gone = managed.every((r) => r.action === 'create');
  return gone ? { state: 'COMPLETE', outputs: {}, topology } : { state: 'IN_PROGRESS', topology: {} };
}
