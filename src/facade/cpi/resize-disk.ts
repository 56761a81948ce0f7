import { Capability } from '../../compute/index.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import { NotFoundError } from '../../errors/http-status-errors.ts';
import { type FacadeContext, need } from '../context.ts';
import type { WaitControl } from '../types.ts';
import { diskSizeGb } from './disk-size.ts';
import { waitVolume } from './disk-wait.ts';

/**
 * BOSH `resize_disk`: grows a detached disk to `newSizeMiB` rounded up to GiB and waits until it is available.
 * The same size is a no-op; a smaller size is refused.
 *
 * @param ctx - The facade context.
 * @param diskId - The disk id.
 * @param newSizeMiB - The new size in MiB.
 * @param control - Deadline and signal.
 * @returns The size in GiB afterwards.
 * @throws {@link ConfigurationError} when shrinking; {@link DiskSizeError} below 1024 MiB.
 */
export async function resizeDisk(
  ctx: FacadeContext,
  diskId: string,
  newSizeMiB: number,
  control: WaitControl = {},
): Promise<{ readonly sizeGb: number }> {
  const sizeGb = diskSizeGb(newSizeMiB);
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'resizeDisk').blockStorage;
  const volume = await bs.getVolume(diskId, control.signal);
  if (volume === undefined) {
    throw new NotFoundError({
      status: 404,
      method: 'GET',
      url: `disk ${diskId}`,
      fault: `Disk ${diskId} does not exist`,
    });
  }
  if (volume.sizeGb === sizeGb) return { sizeGb };
  if (volume.sizeGb > sizeGb) {
    throw new ConfigurationError(
      `Disk ${diskId} is ${volume.sizeGb} GiB; it cannot shrink to ${sizeGb} GiB (${newSizeMiB} MiB). Ask for at least ${volume.sizeGb * 1024} MiB`,
    );
  }
  await bs.extendVolume(diskId, sizeGb, control.signal);
  await waitVolume(ctx, bs, diskId, 'available', control);
  return { sizeGb };
}
