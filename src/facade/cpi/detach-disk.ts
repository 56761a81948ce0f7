import { Capability } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import type { DeleteOutcome, WaitControl } from '../types.ts';
import { waitVolume } from './disk-wait.ts';

/**
 * BOSH `detach_disk`: detaches the disk from the VM and waits until it is available. Idempotent: a disk
 * that is not attached to that VM (or does not exist) is reported as `absent`.
 *
 * @param ctx - The facade context.
 * @param vmId - The VM id.
 * @param diskId - The disk id.
 * @param control - Deadline and signal.
 * @returns `deleted` (the attachment was removed) or `absent`.
 * @throws {@link TimeoutError} at the deadline.
 */
export async function detachDisk(
  ctx: FacadeContext,
  vmId: string,
  diskId: string,
  control: WaitControl = {},
): Promise<DeleteOutcome> {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'detachDisk').blockStorage;
  const volume = await bs.getVolume(diskId, control.signal);
  if (volume === undefined || !volume.attachments.some((a) => a.nodeId === vmId))
    return { outcome: 'absent', id: diskId };
  if (volume.status !== 'detaching') await bs.detachVolume(vmId, diskId, control.signal);
  await waitVolume(ctx, bs, diskId, 'available', control);
  return { outcome: 'deleted', id: diskId };
}
