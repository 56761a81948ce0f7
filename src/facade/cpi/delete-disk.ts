import { Capability } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import type { DeleteOutcome, WaitControl } from '../types.ts';
import { waitVolume } from './disk-wait.ts';

/**
 * BOSH `delete_disk`: deletes the volume and waits until it is gone. Idempotent: a disk that does not exist
 * counts as done and is reported as `absent`.
 *
 * @param ctx - The facade context.
 * @param diskId - The disk (volume) id.
 * @param control - Deadline and signal.
 * @returns `deleted` or `absent`.
 * @throws {@link BadRequestError} while the disk is attached; {@link TimeoutError} at the deadline.
 */
export async function deleteDisk(
  ctx: FacadeContext,
  diskId: string,
  control: WaitControl = {},
): Promise<DeleteOutcome> {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'deleteDisk').blockStorage;
  const volume = await bs.getVolume(diskId, control.signal);
  if (volume === undefined) return { outcome: 'absent', id: diskId };
  if (volume.status !== 'deleting') await bs.deleteVolume(diskId, control.signal);
  await waitVolume(ctx, bs, diskId, 'gone', control);
  return { outcome: 'deleted', id: diskId };
}
