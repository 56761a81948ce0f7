import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { CpiCallOptions, CpiContext, DeleteOutcome } from './context.ts';
import { CpiError } from './cpi-error.ts';
import { diskSizeGb } from './disks.ts';
import { requireExtras } from './vm-actions.ts';
import { waitFor } from './wait-for.ts';

/**
 * Grows a volume (BOSH `resize_disk`); asking for the size it has is a no-op, shrinking is refused.
 *
 * @param context - The facade's context.
 * @param diskId - The volume id (detached, as BOSH resizes detached disks).
 * @param newSizeMiB - The new size in MiB (rounded up to GiB).
 * @param call - Deadline and signal.
 * @returns The size in GiB.
 * @throws {@link ConfigurationError} for a smaller size; {@link CpiError} when the resize fails.
 */
export async function resizeDisk(
  context: CpiContext,
  diskId: string,
  newSizeMiB: number,
  call: CpiCallOptions = {},
): Promise<{ readonly sizeGb: number }> {
  const sizeGb = diskSizeGb(newSizeMiB);
  const extras = requireExtras(context, 'resize_disk');
  const volumes = context.resources.volumes;
  const volume = await volumes.get(diskId, call.signal);
  if (volume === undefined)
    throw new CpiError('resize_disk', new ConfigurationError(`volume ${diskId} could not be found`), {
      retrySafe: true,
      cleanedUp: [],
    });
  if (volume.sizeGb === sizeGb) return { sizeGb };
  if (volume.sizeGb > sizeGb) {
    throw new ConfigurationError(
      `volume ${diskId} is ${volume.sizeGb} GiB; disks only grow, so ask for more than ${volume.sizeGb * 1024} MiB`,
    );
  }
  try {
    await extras.resizeVolume(diskId, sizeGb, call.signal);
    await waitFor(
      context,
      `volume ${diskId} to reach ${sizeGb} GiB`,
      diskId,
      (s) => volumes.get(diskId, s),
      (v) => v?.sizeGb === sizeGb && v.health === 'ready',
      call,
    );
    return { sizeGb };
  } catch (error) {
    throw new CpiError('resize_disk', error, { retrySafe: true, cleanedUp: [] });
  }
}

/**
 * Snapshots a volume and waits until the snapshot is available (BOSH `snapshot_disk`).
 *
 * @param context - The facade's context.
 * @param diskId - The volume id.
 * @param description - Stored on the snapshot (BOSH puts deployment, job and index here).
 * @param call - Deadline and signal.
 * @returns The snapshot id.
 * @throws {@link CpiError} when the snapshot fails (a failed snapshot is deleted again).
 */
export async function snapshotDisk(
  context: CpiContext,
  diskId: string,
  description = '',
  call: CpiCallOptions = {},
): Promise<{ readonly snapshotId: string }> {
  const snapshots = requireExtras(context, 'snapshot_disk').snapshots;
  let id: string;
  try {
    id = (
      await snapshots.create(
        { name: `snapshot-${diskId}-${Date.now()}`, volumeId: diskId, description },
        call.signal,
      )
    ).id;
  } catch (error) {
    throw new CpiError('snapshot_disk', error, { retrySafe: true, cleanedUp: [] });
  }
  try {
    await waitFor(
      context,
      `snapshot ${id} to be available`,
      id,
      (s) => snapshots.get(id, s),
      (v) => v?.health === 'ready',
      call,
    );
    return { snapshotId: id };
  } catch (error) {
    const removed = await snapshots.delete(id).then(
      () => true,
      () => false,
    );
    throw new CpiError('snapshot_disk', error, {
      retrySafe: removed,
      cleanedUp: removed ? [`snapshot ${id}`] : [],
    });
  }
}

/**
 * Deletes a snapshot (BOSH `delete_snapshot`); an absent one counts as done.
 *
 * @param context - The facade's context.
 * @param snapshotId - The snapshot id.
 * @param call - Deadline and signal.
 * @returns Whether it was deleted now or already absent.
 * @throws {@link CpiError} when the delete fails.
 */
export async function deleteSnapshot(
  context: CpiContext,
  snapshotId: string,
  call: CpiCallOptions = {},
): Promise<DeleteOutcome> {
  const snapshots = requireExtras(context, 'delete_snapshot').snapshots;
  try {
    if ((await snapshots.get(snapshotId, call.signal)) === undefined)
      return { id: snapshotId, deleted: false };
    await snapshots.delete(snapshotId, call.signal);
    await waitFor(
      context,
      `snapshot ${snapshotId} to be deleted`,
      snapshotId,
      (s) => snapshots.get(snapshotId, s),
      (v) => v === undefined,
      call,
    );
    return { id: snapshotId, deleted: true };
  } catch (error) {
    throw new CpiError('delete_snapshot', error, { retrySafe: true, cleanedUp: [] });
  }
}
