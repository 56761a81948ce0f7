import { Capability } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';

/**
 * BOSH `has_disk`: whether the disk exists (one being deleted does not count).
 *
 * @param ctx - The facade context.
 * @param diskId - The disk (volume) id.
 * @param signal - Aborts the request.
 * @returns `true` when it exists.
 */
export async function hasDisk(ctx: FacadeContext, diskId: string, signal?: AbortSignal): Promise<boolean> {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'hasDisk').blockStorage;
  const volume = await bs.getVolume(diskId, signal);
  return volume !== undefined && volume.status !== 'deleting';
}
