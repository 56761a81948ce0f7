import { findByNameOrId } from '../../find.ts';
import type { ServiceClient } from '../../service-client.ts';
import { type CinderResource, cinderList, cinderOne } from '../resource.ts';
import {
  buildCreateVolumeRequest,
  buildDeleteVolumeRequest,
  buildExtendVolumeRequest,
  buildGetVolumeRequest,
  buildListVolumesRequest,
  buildUpdateVolumeRequest,
} from './requests.ts';
import { parseVolume } from './results.ts';
import type { CreateVolumeOptions, ListVolumesOptions, UpdateVolumeOptions, Volume } from './types.ts';

const VOLUMES: CinderResource<Volume> = { collection: 'volumes', key: 'volume', parse: parseVolume };

/**
 * Lists volumes (with details) lazily, one page per request.
 *
 * @param client - The block-storage service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of volumes.
 */
export function listVolumes(
  client: ServiceClient,
  options: ListVolumesOptions = {},
  signal?: AbortSignal,
): AsyncIterable<Volume> {
  return cinderList(client, VOLUMES, buildListVolumesRequest(options), signal);
}

/**
 * Gets one volume.
 *
 * @param client - The block-storage service.
 * @param id - The volume UUID.
 * @param signal - Aborts the request.
 * @returns The volume.
 * @throws {@link "index"!NotFoundError} when there is no such volume.
 */
export function getVolume(client: ServiceClient, id: string, signal?: AbortSignal): Promise<Volume> {
  return cinderOne(client, VOLUMES, buildGetVolumeRequest(id), signal);
}

/**
 * Creates a volume: empty, from an image, a snapshot or another volume. It starts in `creating`; wait with
 * {@link "drivers/openstack/block-storage"!waitForVolumeStatus}.
 *
 * @param client - The block-storage service.
 * @param options - Size, source, type and zone.
 * @param signal - Aborts the request.
 * @returns The new volume.
 * @throws {@link "index"!ConfigurationError} for a bad size; {@link "index"!RateLimitError} (413) over quota.
 * @example
 * ```ts
 * const v = await createVolume(cinder, { sizeGb: 1, name: 'data' });
 * await waitForVolumeStatus(cinder, v.id, 'available');
 * ```
 */
export function createVolume(
  client: ServiceClient,
  options: CreateVolumeOptions,
  signal?: AbortSignal,
): Promise<Volume> {
  return cinderOne(client, VOLUMES, buildCreateVolumeRequest(options), signal);
}

/**
 * Renames a volume or changes its description or metadata.
 *
 * @param client - The block-storage service.
 * @param id - The volume UUID.
 * @param options - What to change.
 * @param signal - Aborts the request.
 * @returns The updated volume.
 */
export function updateVolume(
  client: ServiceClient,
  id: string,
  options: UpdateVolumeOptions,
  signal?: AbortSignal,
): Promise<Volume> {
  return cinderOne(client, VOLUMES, buildUpdateVolumeRequest(id, options), signal);
}

/**
 * Grows a volume (Cinder answers 202; the volume passes through `extending`).
 *
 * @param client - The block-storage service.
 * @param id - The volume UUID.
 * @param newSizeGb - The new size in GiB.
 * @param signal - Aborts the request.
 * @returns Nothing once accepted.
 * @throws {@link "index"!BadRequestError} when the new size is not larger.
 */
export async function extendVolume(
  client: ServiceClient,
  id: string,
  newSizeGb: number,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildExtendVolumeRequest(id, newSizeGb), signal);
}

/**
 * Deletes a volume (Cinder answers 202; wait with {@link "drivers/openstack/block-storage"!waitForVolumeDeleted}).
 *
 * @param client - The block-storage service.
 * @param id - The volume UUID.
 * @param options - `cascade` also deletes its snapshots.
 * @param signal - Aborts the request.
 * @returns Nothing once accepted.
 * @throws {@link "index"!BadRequestError} while attached or with snapshots (without `cascade`).
 */
export async function deleteVolume(
  client: ServiceClient,
  id: string,
  options: { readonly cascade?: boolean | undefined } = {},
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildDeleteVolumeRequest(id, options.cascade), signal);
}

/**
 * Finds a volume by id or exact name (one request either way).
 *
 * @param client - The service.
 * @param nameOrId - A UUID or a name.
 * @param signal - Aborts the request.
 * @returns The volume, or `undefined` when none has that id or name.
 * @throws {@link "index"!AmbiguousResourceError} when several have that name (pass the id).
 */
export async function findVolume(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<Volume | undefined> {
  return findByNameOrId(nameOrId, {
    kind: 'volume',
    get: (id) => getVolume(client, id, signal),
    listByName: (name) => listVolumes(client, { name }, signal),
  });
}
