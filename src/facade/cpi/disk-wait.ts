import type { BlockStorageService, BlockVolume, VolumeSnapshot } from '../../compute/index.ts';
import type { FacadeContext } from '../context.ts';
import type { WaitControl } from '../types.ts';
import { goneCheck, statusCheck, waitFor } from './wait.ts';

/**
 * Waits until a volume reaches a status, or is gone.
 *
 * @param ctx - The facade context.
 * @param bs - The block-storage service.
 * @param id - The volume id.
 * @param goal - `available`, `in-use`, or `gone`.
 * @param control - Deadline and signal.
 * @returns The volume (or `undefined` once gone).
 * @throws {@link ResourceFailedError} on an `error*` status; {@link TimeoutError} at the deadline.
 */
export function waitVolume(
  ctx: FacadeContext,
  bs: BlockStorageService,
  id: string,
  goal: 'available' | 'in-use' | 'gone',
  control: WaitControl,
): Promise<BlockVolume | undefined> {
  const statusOf = (v: BlockVolume): string => v.status;
  return waitFor<BlockVolume>(
    ctx,
    {
      description: `disk ${id} to be ${goal === 'gone' ? 'deleted' : goal}`,
      resourceId: id,
      fetch: (s) => bs.getVolume(id, s),
      check: goal === 'gone' ? goneCheck(statusOf) : statusCheck(goal, statusOf),
      status: (v) => v?.status ?? 'deleted',
    },
    control,
  );
}

/**
 * Waits until a snapshot is available, or gone.
 *
 * @param ctx - The facade context.
 * @param bs - The block-storage service.
 * @param id - The snapshot id.
 * @param goal - `available` or `gone`.
 * @param control - Deadline and signal.
 * @returns The snapshot (or `undefined` once gone).
 * @throws {@link ResourceFailedError} on an `error*` status; {@link TimeoutError} at the deadline.
 */
export function waitSnapshot(
  ctx: FacadeContext,
  bs: BlockStorageService,
  id: string,
  goal: 'available' | 'gone',
  control: WaitControl,
): Promise<VolumeSnapshot | undefined> {
  const statusOf = (v: VolumeSnapshot): string => v.state; // portable: EC2's `completed` is `available`
  return waitFor<VolumeSnapshot>(
    ctx,
    {
      description: `snapshot ${id} to be ${goal === 'gone' ? 'deleted' : goal}`,
      resourceId: id,
      fetch: (s) => bs.getSnapshot(id, s),
      check: goal === 'gone' ? goneCheck(statusOf) : statusCheck(goal, statusOf),
      status: (v) => v?.status ?? 'deleted',
    },
    control,
  );
}
