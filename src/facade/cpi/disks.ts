import type { VolumeObject } from '../../compute/portable/resources.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { CpiCallOptions, CpiContext, DeleteOutcome } from './context.ts';
import { CpiError } from './cpi-error.ts';
import { waitFor } from './wait-for.ts';

/** The smallest disk BOSH's OpenStack CPI accepts, in MiB. */
export const MIN_DISK_MIB = 1024;

/**
 * Converts a BOSH disk size in MiB to whole GiB, refusing sizes under the minimum.
 *
 * @param sizeMiB - The size in MiB.
 * @returns The size in GiB, rounded up.
 * @throws {@link ConfigurationError} naming the 1024 MiB minimum.
 */
export function diskSizeGb(sizeMiB: number): number {
  if (!Number.isInteger(sizeMiB) || sizeMiB < MIN_DISK_MIB) {
    throw new ConfigurationError(
      `disk size ${sizeMiB} MiB is too small: the minimum is ${MIN_DISK_MIB} MiB (1 GiB); sizes are rounded up to whole GiB`,
    );
  }
  return Math.ceil(sizeMiB / 1024);
}

/** What `createDisk` makes (BOSH `create_disk`). */
export interface CreateDiskOptions {
  /** The size in MiB: at least 1024, rounded up to whole GiB. */
  readonly sizeMiB: number;
  /** The volume name. @defaultValue `bosh-disk-<timestamp>` */
  readonly name?: string | undefined;
  /** A volume type. */
  readonly volumeType?: string | undefined;
  /** Metadata to set on the volume. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
}

/**
 * Creates a volume and waits until it is available. One that fails is deleted again before the error.
 *
 * @param context - The facade's context.
 * @param options - Size in MiB and name.
 * @param call - Deadline and signal.
 * @returns The disk id and size in GiB.
 * @throws {@link ConfigurationError} under 1024 MiB; {@link CpiError} when the create fails.
 */
export async function createDisk(
  context: CpiContext,
  options: CreateDiskOptions,
  call: CpiCallOptions = {},
): Promise<{ readonly diskId: string; readonly sizeGb: number }> {
  const sizeGb = diskSizeGb(options.sizeMiB);
  const volumes = context.resources.volumes;
  let volume: VolumeObject;
  try {
    volume = await volumes.create(
      {
        name: options.name ?? `bosh-disk-${Date.now()}`,
        sizeGb,
        volumeType: options.volumeType,
        metadata: options.metadata ?? {},
      },
      call.signal,
    );
  } catch (error) {
    throw new CpiError('create_disk', error, { retrySafe: true, cleanedUp: [] });
  }
  try {
    await waitFor(
      context,
      `volume ${volume.id} to be available`,
      volume.id,
      (s) => volumes.get(volume.id, s),
      (v) => v?.health === 'ready',
      call,
    );
    return { diskId: volume.id, sizeGb };
  } catch (error) {
    const removed = await volumes.delete(volume.id).then(
      () => true,
      () => false,
    );
    throw new CpiError('create_disk', error, {
      retrySafe: removed,
      cleanedUp: removed ? [`volume ${volume.id}`] : [],
    });
  }
}

/**
 * Deletes a volume and waits until it is gone (BOSH `delete_disk`); an absent volume counts as done.
 *
 * @param context - The facade's context.
 * @param diskId - The volume id.
 * @param call - Deadline and signal.
 * @returns Whether it was deleted now or already absent.
 * @throws {@link CpiError} when the delete fails.
 */
export async function deleteDisk(
  context: CpiContext,
  diskId: string,
  call: CpiCallOptions = {},
): Promise<DeleteOutcome> {
  const volumes = context.resources.volumes;
  try {
    if ((await volumes.get(diskId, call.signal)) === undefined) return { id: diskId, deleted: false };
    await volumes.delete(diskId, call.signal);
    await waitFor(
      context,
      `volume ${diskId} to be deleted`,
      diskId,
      (s) => volumes.get(diskId, s),
      (v) => v === undefined,
      call,
    );
    return { id: diskId, deleted: true };
  } catch (error) {
    throw new CpiError('delete_disk', error, { retrySafe: true, cleanedUp: [] });
  }
}

/**
 * Whether a volume exists (BOSH `has_disk`).
 *
 * @param context - The facade's context.
 * @param diskId - The volume id.
 * @param signal - Aborts the request.
 * @returns `true` when it exists.
 */
export async function hasDisk(context: CpiContext, diskId: string, signal?: AbortSignal): Promise<boolean> {
  return (await context.resources.volumes.get(diskId, signal)) !== undefined;
}
