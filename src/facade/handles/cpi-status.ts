import { Capability, type Node, NodeState, supports } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import { removeVmParts } from '../cpi/cleanup.ts';
import { FailureCode } from '../failure/failure-code.ts';
import { stateToFailure } from '../failure/to-failure-code.ts';
import type { CpiHandleData, HandleBase, OperationStatus, Outputs, Topology } from './types.ts';

const pending = (outputs: Outputs, topology: Topology): OperationStatus => ({
  state: 'IN_PROGRESS',
  outputs,
  topology,
});
const complete = (outputs: Outputs, topology: Topology): OperationStatus => ({
  state: 'COMPLETE',
  outputs,
  topology,
});

function failed(code: FailureCode, description: string, topology: Topology): OperationStatus {
  return { state: 'FAILED', failureCode: code, description, outputs: {}, topology };
}

function timedOut(p: HandleBase, what: string, topology: Topology): OperationStatus | undefined {
  if (Date.now() <= p.deadlineAt) return undefined;
  const seconds = Math.round((p.deadlineAt - p.startedAt) / 1000);
  return failed(FailureCode.INFRASTRUCTURE_ERROR, `${what} did not finish within ${seconds} s`, topology);
}

function vmOutputs(node: Node): Outputs {
  return { vmId: node.id, privateIp: node.privateIps[0] ?? '', publicIp: node.publicIps[0] ?? '' };
}

async function vmCreate(ctx: FacadeContext, p: HandleBase & Extract<CpiHandleData, { kind: 'vm.create' }>) {
  const node = await ctx.driver.getNode(p.vmId);
  const topology = { vm: node === undefined ? null : { id: p.vmId, type: 'node' } };
  if (node?.state === NodeState.RUNNING) return complete(vmOutputs(node), topology);
  const failure =
    node === undefined
      ? {
          failureCode: FailureCode.INFRASTRUCTURE_ERROR,
          description: `VM ${p.vmId} disappeared while being created`,
        }
      : node.state === NodeState.ERROR
        ? stateToFailure('ERROR', node.failureReason)
        : undefined;
  const late = failure === undefined ? timedOut(p, `Creating VM ${p.name}`, topology) : undefined;
  if (failure === undefined && late === undefined) return pending({ vmId: p.vmId }, topology);
  const left = await removeVmParts(ctx, p.vmId, p.portIds, {});
  const after = { vm: left.includes(p.vmId) ? { id: p.vmId, type: 'node' } : null };
  if (late !== undefined && late.state === 'FAILED') return { ...late, topology: after };
  const f = failure ?? { failureCode: FailureCode.INTERNAL_ERROR, description: 'unknown' };
  return failed(
    f.failureCode,
    `${f.description}; cleanup ${left.length === 0 ? 'removed it' : `left ${left.join(', ')}`}`,
    after,
  );
}

async function vmDelete(ctx: FacadeContext, p: HandleBase & Extract<CpiHandleData, { kind: 'vm.delete' }>) {
  const node = await ctx.driver.getNode(p.vmId);
  if (node === undefined) {
    if (supports(ctx.driver, Capability.NETWORKING)) {
      for (const portId of p.portIds) {
        if ((await ctx.driver.networking.getPort(portId)) !== undefined)
          await ctx.driver.networking.deletePort(portId);
      }
    }
    return complete({ vmId: p.vmId }, { vm: null });
  }
  const topology = { vm: { id: p.vmId, type: 'node' } };
  if (node.state === NodeState.ERROR) {
    const f = stateToFailure('ERROR', node.failureReason);
    return failed(f?.failureCode ?? FailureCode.INFRASTRUCTURE_ERROR, f?.description ?? 'ERROR', topology);
  }
  return timedOut(p, `Deleting VM ${p.vmId}`, topology) ?? pending({ vmId: p.vmId }, topology);
}

async function diskCreate(
  ctx: FacadeContext,
  p: HandleBase & Extract<CpiHandleData, { kind: 'disk.create' }>,
) {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'status(disk.create)').blockStorage;
  const volume = await bs.getVolume(p.diskId);
  const topology = { disk: volume === undefined ? null : { id: p.diskId, type: 'volume' } };
  if (volume?.status === 'available') return complete({ diskId: p.diskId }, topology);
  const failure =
    volume === undefined
      ? { failureCode: FailureCode.INFRASTRUCTURE_ERROR, description: `disk ${p.diskId} disappeared` }
      : stateToFailure(volume.status, undefined);
  const late = failure === undefined ? timedOut(p, `Creating disk ${p.name}`, topology) : undefined;
  if (failure === undefined && late === undefined) return pending({ diskId: p.diskId }, topology);
  if (volume !== undefined) await bs.deleteVolume(p.diskId).catch(() => undefined);
  if (late?.state === 'FAILED') return late;
  const f = failure ?? { failureCode: FailureCode.INTERNAL_ERROR, description: 'unknown' };
  return failed(f.failureCode, f.description, topology);
}

async function diskDelete(
  ctx: FacadeContext,
  p: HandleBase & Extract<CpiHandleData, { kind: 'disk.delete' }>,
) {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'status(disk.delete)').blockStorage;
  const volume = await bs.getVolume(p.diskId);
  if (volume === undefined) return complete({ diskId: p.diskId }, { disk: null });
  const topology = { disk: { id: p.diskId, type: 'volume' } };
  const f = stateToFailure(volume.status, undefined);
  if (f !== undefined) return failed(f.failureCode, f.description, topology);
  return timedOut(p, `Deleting disk ${p.diskId}`, topology) ?? pending({ diskId: p.diskId }, topology);
}

/**
 * Polls a CPI handle once: reads the resource and reports IN_PROGRESS, COMPLETE or FAILED. A failed or
 * timed-out create removes what it made (idempotently) before it reports FAILED.
 *
 * @param ctx - The facade context.
 * @param payload - The decoded handle.
 * @returns The status.
 */
export function cpiStatus(ctx: FacadeContext, payload: HandleBase & CpiHandleData): Promise<OperationStatus> {
  switch (payload.kind) {
    case 'vm.create':
      return vmCreate(ctx, payload);
    case 'vm.delete':
      return vmDelete(ctx, payload);
    case 'disk.create':
      return diskCreate(ctx, payload);
    case 'disk.delete':
      return diskDelete(ctx, payload);
  }
}
