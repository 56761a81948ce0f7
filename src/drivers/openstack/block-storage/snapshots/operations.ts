import { pollUntil, type WaitOptions } from '../../../../compute/waiters.ts';
import { absentOnNotFound, findByNameOrId } from '../../find.ts';
import type { ServiceClient } from '../../service-client.ts';
import { type CinderResource, cinderList, cinderOne } from '../resource.ts';
import {
  buildCreateSnapshotRequest,
  buildDeleteSnapshotRequest,
  buildGetSnapshotRequest,
  buildListSnapshotsRequest,
  buildUpdateSnapshotRequest,
} from './requests.ts';
import { parseSnapshot } from './results.ts';
import type {
  CreateSnapshotOptions,
  ListSnapshotsOptions,
  Snapshot,
  UpdateSnapshotOptions,
} from './types.ts';

const SNAPSHOTS: CinderResource<Snapshot> = {
  collection: 'snapshots',
  key: 'snapshot',
  parse: parseSnapshot,
};

/**
 * Lists snapshots (with details) lazily, one page per request.
 *
 * @param client - The block-storage service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of snapshots.
 */
export function listSnapshots(
  client: ServiceClient,
  options: ListSnapshotsOptions = {},
  signal?: AbortSignal,
): AsyncIterable<Snapshot> {
  return cinderList(client, SNAPSHOTS, buildListSnapshotsRequest(options), signal);
}

/**
 * Gets one snapshot.
 *
 * @param client - The block-storage service.
 * @param id - The snapshot UUID.
 * @param signal - Aborts the request.
 * @returns The snapshot.
 * @throws {@link "index"!NotFoundError} when there is no such snapshot.
 */
export function getSnapshot(client: ServiceClient, id: string, signal?: AbortSignal): Promise<Snapshot> {
  return cinderOne(client, SNAPSHOTS, buildGetSnapshotRequest(id), signal);
}

/**
 * Snapshots a volume (status `creating` at first; wait with {@link "drivers/openstack/block-storage"!waitForSnapshotStatus}).
 *
 * @param client - The block-storage service.
 * @param options - Volume, name and `force`.
 * @param signal - Aborts the request.
 * @returns The new snapshot.
 */
export function createSnapshot(
  client: ServiceClient,
  options: CreateSnapshotOptions,
  signal?: AbortSignal,
): Promise<Snapshot> {
  return cinderOne(client, SNAPSHOTS, buildCreateSnapshotRequest(options), signal);
}

/**
 * Renames or redescribes a snapshot.
 *
 * @param client - The block-storage service.
 * @param id - The snapshot UUID.
 * @param options - What to change.
 * @param signal - Aborts the request.
 * @returns The updated snapshot.
 */
export function updateSnapshot(
  client: ServiceClient,
  id: string,
  options: UpdateSnapshotOptions,
  signal?: AbortSignal,
): Promise<Snapshot> {
  return cinderOne(client, SNAPSHOTS, buildUpdateSnapshotRequest(id, options), signal);
}

/**
 * Deletes a snapshot (202; it passes through `deleting`).
 *
 * @param client - The block-storage service.
 * @param id - The snapshot UUID.
 * @param signal - Aborts the request.
 * @returns Nothing once accepted.
 */
export async function deleteSnapshot(client: ServiceClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.request(buildDeleteSnapshotRequest(id), signal);
}

/**
 * Polls a snapshot until it has `status`, or until it is gone when `status` is `deleted`.
 *
 * @param client - The block-storage service.
 * @param id - The snapshot UUID.
 * @param status - `available` or `deleted`.
 * @param options - Timeout, intervals, progress.
 * @param signal - Aborts the wait.
 * @returns The snapshot, or `undefined` once deleted.
 * @throws {@link "index"!ResourceFailedError} when it goes to an `error*` status.
 */
export function waitForSnapshotStatus(
  client: ServiceClient,
  id: string,
  status: 'available' | 'deleted',
  options: WaitOptions<Snapshot> = {},
  signal?: AbortSignal,
): Promise<Snapshot | undefined> {
  const fetch = (s?: AbortSignal): Promise<Snapshot | undefined> =>
    absentOnNotFound(getSnapshot(client, id, s));
  return pollUntil(
    {
      description: `snapshot ${id} to be ${status}`,
      resourceId: id,
      fetch,
      status: (v) => v?.status ?? 'deleted',
      check: (v) => {
        if ((v?.status ?? 'deleted') === status) return { kind: 'done' };
        if (v === undefined) return { kind: 'failed', state: 'deleted' };
        return v.status.startsWith('error') ? { kind: 'failed', state: v.status } : { kind: 'continue' };
      },
    },
    options,
    signal,
  );
}

/**
 * Finds a snapshot by id or exact name (one request either way).
 *
 * @param client - The service.
 * @param nameOrId - A UUID or a name.
 * @param signal - Aborts the request.
 * @returns The snapshot, or `undefined` when none has that id or name.
 * @throws {@link "index"!AmbiguousResourceError} when several have that name (pass the id).
 */
export async function findSnapshot(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<Snapshot | undefined> {
  return findByNameOrId(nameOrId, {
    kind: 'snapshot',
    get: (id) => getSnapshot(client, id, signal),
    listByName: (name) => listSnapshots(client, { name }, signal),
  });
}
