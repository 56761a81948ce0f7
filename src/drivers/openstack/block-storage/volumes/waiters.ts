import { pollUntil } from '../../../../compute/waiters.ts';
import { absentOnNotFound } from '../../find.ts';
import type { ServiceClient } from '../../service-client.ts';
import { getVolume } from './operations.ts';
import type { Volume, VolumeWaitOptions } from './types.ts';

const FAILED = /^error/;

async function fetchOrGone(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<Volume | undefined> {
  return absentOnNotFound(getVolume(client, id, signal));
}

/**
 * Polls a volume until it has `status` (e.g. `available` after create or detach, `in-use` after attach).
 *
 * @param client - The block-storage service.
 * @param id - The volume UUID.
 * @param status - The status to reach.
 * @param options - Timeout, intervals, progress.
 * @param signal - Aborts the wait.
 * @returns The volume in that status.
 * @throws {@link "index"!ResourceFailedError} when it goes to an `error*` status or disappears.
 * @throws {@link "index"!TimeoutError} when the timeout passes first.
 */
export async function waitForVolumeStatus(
  client: ServiceClient,
  id: string,
  status: string,
  options: VolumeWaitOptions = {},
  signal?: AbortSignal,
): Promise<Volume> {
  const volume = await pollUntil(
    {
      description: `volume ${id} to be ${status}`,
      resourceId: id,
      fetch: (s) => fetchOrGone(client, id, s),
      status: (v) => v?.status ?? 'deleted',
      check: (v) => {
        if (v === undefined) return { kind: 'failed', state: 'deleted' };
        if (v.status === status) return { kind: 'done' };
        return FAILED.test(v.status) ? { kind: 'failed', state: v.status } : { kind: 'continue' };
      },
    },
    options,
    signal,
  );
  if (volume === undefined) throw new Error(`unreachable: volume ${id} vanished after reaching ${status}`);
  return volume;
}

/**
 * Polls a volume until Cinder answers 404 for it.
 *
 * @param client - The block-storage service.
 * @param id - The volume UUID.
 * @param options - Timeout, intervals, progress.
 * @param signal - Aborts the wait.
 * @returns Nothing once it is gone.
 * @throws {@link "index"!ResourceFailedError} when it goes to `error_deleting`.
 */
export async function waitForVolumeDeleted(
  client: ServiceClient,
  id: string,
  options: VolumeWaitOptions = {},
  signal?: AbortSignal,
): Promise<void> {
  await pollUntil(
    {
      description: `volume ${id} to be deleted`,
      resourceId: id,
      fetch: (s) => fetchOrGone(client, id, s),
      status: (v) => v?.status ?? 'deleted',
      check: (v) => {
        if (v === undefined) return { kind: 'done' };
        return v.status === 'error_deleting' ? { kind: 'failed', state: v.status } : { kind: 'continue' };
      },
    },
    options,
    signal,
  );
}
