import { Capability } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import type { WaitControl } from '../types.ts';
import { waitVolume } from './disk-wait.ts';

/**
 * BOSH `attach_disk`: attaches the disk to the VM, waits until it is in use, and returns the device path.
 * Attaching a disk that is already attached to that VM returns its device without a new request.
 *
 * @param ctx - The facade context.
 * @param vmId - The VM id.
 * @param diskId - The disk id.
 * @param control - Deadline and signal.
 * @returns The device path the provider reports, e.g. `/dev/vdb`.
 * @throws {@link NotFoundError} when the VM or disk does not exist; {@link TimeoutError} at the deadline.
 */
export async function attachDisk(
  ctx: FacadeContext,
  vmId: string,
  diskId: string,
  control: WaitControl = {},
): Promise<{ readonly device: string | undefined }> {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'attachDisk').blockStorage;
  const current = await bs.getVolume(diskId, control.signal);
  const existing = current?.attachments.find((a) => a.nodeId === vmId);
  if (existing !== undefined) return { device: existing.device };
  const attachment = await bs.attachVolume(vmId, diskId, control.signal);
  const volume = await waitVolume(ctx, bs, diskId, 'in-use', control);
  const seen = volume?.attachments.find((a) => a.nodeId === vmId)?.device;
  return { device: attachment.device ?? seen };
}
