import { Capability } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import { encodeHandle } from '../handles/encode.ts';
import type { CpiHandleData, OperationHandle } from '../handles/types.ts';
import type { WaitControl } from '../types.ts';
import type { CreateDiskOptions } from './create-disk.ts';
import { launchVm } from './create-vm.ts';
import { requestVmDeletion } from './delete-vm.ts';
import { diskSizeGb } from './disk-size.ts';
import type { CreateVmOptions } from './vm-types.ts';

function handleFor(ctx: FacadeContext, data: CpiHandleData, control: WaitControl): OperationHandle {
  const startedAt = Date.now();
  const deadlineAt = startedAt + (control.timeoutMs ?? ctx.options.timeoutMs);
  return encodeHandle({ v: 1, provider: ctx.driver.provider, startedAt, deadlineAt, ...data });
}

/**
 * Starts `create_vm` and returns at once with a handle; poll it with `status()` from any process.
 *
 * @param ctx - The facade context.
 * @param options - The VM (the deadline becomes the handle's).
 * @returns The handle.
 * @throws {@link FacadeOperationError} when the request itself fails (what was made is removed first).
 */
export async function startCreateVm(ctx: FacadeContext, options: CreateVmOptions): Promise<OperationHandle> {
  const made = await launchVm(ctx, options);
  return handleFor(
    ctx,
    { kind: 'vm.create', vmId: made.vmId, name: options.name, portIds: made.portIds },
    options,
  );
}

/**
 * Starts `delete_vm`; an absent VM gives a handle that reports COMPLETE at once.
 *
 * @param ctx - The facade context.
 * @param vmId - The VM id.
 * @param control - Deadline and signal.
 * @returns The handle.
 */
export async function startDeleteVm(
  ctx: FacadeContext,
  vmId: string,
  control: WaitControl = {},
): Promise<OperationHandle> {
  const requested = await requestVmDeletion(ctx, vmId, control.signal);
  return handleFor(ctx, { kind: 'vm.delete', vmId, portIds: requested.portIds }, control);
}

/**
 * Starts `create_disk`.
 *
 * @param ctx - The facade context.
 * @param options - Size in MiB (at least 1024) and the rest.
 * @returns The handle.
 * @throws {@link DiskSizeError} below 1024 MiB, before any request.
 */
export async function startCreateDisk(
  ctx: FacadeContext,
  options: CreateDiskOptions,
): Promise<OperationHandle> {
  const sizeGb = diskSizeGb(options.sizeMiB);
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'startCreateDisk').blockStorage;
  const name = options.name ?? `stratus-disk-${Date.now()}`;
  const volume = await bs.createVolume(
    { name, sizeGb, zone: options.availabilityZone, volumeType: options.type, metadata: options.metadata },
    options.signal,
  );
  return handleFor(ctx, { kind: 'disk.create', diskId: volume.id, name }, options);
}

/**
 * Starts `delete_disk`; an absent disk gives a handle that reports COMPLETE at once.
 *
 * @param ctx - The facade context.
 * @param diskId - The disk id.
 * @param control - Deadline and signal.
 * @returns The handle.
 */
export async function startDeleteDisk(
  ctx: FacadeContext,
  diskId: string,
  control: WaitControl = {},
): Promise<OperationHandle> {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'startDeleteDisk').blockStorage;
  const volume = await bs.getVolume(diskId, control.signal);
  if (volume !== undefined && volume.status !== 'deleting') await bs.deleteVolume(diskId, control.signal);
  return handleFor(ctx, { kind: 'disk.delete', diskId }, control);
}
