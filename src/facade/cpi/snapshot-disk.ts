import { Capability } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import type { DeleteOutcome, WaitControl } from '../types.ts';
import { createFailed } from './cleanup.ts';
import { waitSnapshot } from './disk-wait.ts';

/**
 * BOSH `snapshot_disk`: snapshots a disk (attached or not) and waits until the snapshot is available. A
 * failed snapshot is removed before the error is thrown.
 *
 * @param ctx - The facade context.
 * @param diskId - The disk id.
 * @param control - Name, deadline and signal.
 * @returns The snapshot id.
 * @throws {@link FacadeOperationError} with `failureCode` and `retrySafe`.
 */
export async function snapshotDisk(
  ctx: FacadeContext,
  diskId: string,
  control: WaitControl & { readonly name?: string | undefined } = {},
): Promise<{ readonly snapshotId: string }> {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'snapshotDisk').blockStorage;
  const name = control.name ?? `snapshot-${diskId}-${Date.now()}`;
  let snapshotId: string | undefined;
  try {
    const snapshot = await bs.createSnapshot({ volumeId: diskId, name, force: true }, control.signal);
    snapshotId = snapshot.id;
    await waitSnapshot(ctx, bs, snapshot.id, 'available', control);
    return { snapshotId: snapshot.id };
  } catch (error) {
    const left = snapshotId === undefined ? [] : await removeSnapshot(ctx, snapshotId);
    throw createFailed(`snapshot of disk ${diskId}`, error, left);
  }
}

async function removeSnapshot(ctx: FacadeContext, id: string): Promise<string[]> {
  try {
    await deleteSnapshot(ctx, id, { timeoutMs: 120_000 });
    return [];
  } catch {
    return [id];
  }
}

/**
 * BOSH `delete_snapshot`: deletes a snapshot and waits until it is gone; an absent snapshot counts as done.
 *
 * @param ctx - The facade context.
 * @param snapshotId - The snapshot id.
 * @param control - Deadline and signal.
 * @returns `deleted` or `absent`.
 * @throws {@link TimeoutError} at the deadline.
 */
export async function deleteSnapshot(
  ctx: FacadeContext,
  snapshotId: string,
  control: WaitControl = {},
): Promise<DeleteOutcome> {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'deleteSnapshot').blockStorage;
  const snapshot = await bs.getSnapshot(snapshotId, control.signal);
  if (snapshot === undefined) return { outcome: 'absent', id: snapshotId };
  if (snapshot.state !== 'deleting') await bs.deleteSnapshot(snapshotId, control.signal);
  await waitSnapshot(ctx, bs, snapshotId, 'gone', control);
  return { outcome: 'deleted', id: snapshotId };
}
