import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { buildCinderListRequest } from '../resource.ts';
import type { CreateVolumeOptions, ListVolumesOptions, UpdateVolumeOptions } from './types.ts';

const path = (id: string): string => `volumes/${encodeURIComponent(id)}`;

/**
 * Builds the first page of `GET /volumes/detail`.
 *
 * @param options - Filters and page size.
 * @returns The request.
 */
export function buildListVolumesRequest(options: ListVolumesOptions = {}): ServiceRequest {
  return buildCinderListRequest('volumes', { name: options.name, status: options.status }, options.pageSize);
}

/**
 * Builds `GET /volumes/{id}`.
 *
 * @param id - The volume UUID.
 * @returns The request.
 */
export function buildGetVolumeRequest(id: string): ServiceRequest {
  return { method: 'GET', path: path(id), expect: [200] };
}

/**
 * Builds `POST /volumes`.
 *
 * @param options - Size, source, type and zone.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a missing or non-positive size where one is needed.
 */
export function buildCreateVolumeRequest(options: CreateVolumeOptions): ServiceRequest {
  const source = options.source ?? { kind: 'empty' };
  const size = options.sizeGb;
  if (size !== undefined && (!Number.isInteger(size) || size < 1)) {
    throw new ConfigurationError(`createVolume: sizeGb must be a whole number of GiB ≥ 1, got ${size}`);
  }
  if (size === undefined && (source.kind === 'empty' || source.kind === 'image')) {
    throw new ConfigurationError(
      `createVolume: sizeGb is required for ${source.kind === 'empty' ? 'an empty volume' : 'a volume from an image'}`,
    );
  }
  const volume: Record<string, unknown> = { size: size ?? null };
  if (source.kind === 'image') volume.imageRef = source.imageId;
  if (source.kind === 'snapshot') volume.snapshot_id = source.snapshotId;
  if (source.kind === 'volume') volume.source_volid = source.volumeId;
  if (options.name !== undefined) volume.name = options.name;
  if (options.volumeType !== undefined) volume.volume_type = options.volumeType;
  if (options.availabilityZone !== undefined) volume.availability_zone = options.availabilityZone;
  if (options.description !== undefined) volume.description = options.description;
  if (options.metadata !== undefined) volume.metadata = options.metadata;
  return { method: 'POST', path: 'volumes', json: { volume }, expect: [202] };
}

/**
 * Builds `PUT /volumes/{id}`.
 *
 * @param id - The volume UUID.
 * @param options - What to change.
 * @returns The request.
 */
export function buildUpdateVolumeRequest(id: string, options: UpdateVolumeOptions): ServiceRequest {
  const volume: Record<string, unknown> = {};
  if (options.name !== undefined) volume.name = options.name;
  if (options.description !== undefined) volume.description = options.description;
  if (options.metadata !== undefined) volume.metadata = options.metadata;
  return { method: 'PUT', path: path(id), json: { volume }, expect: [200] };
}

/**
 * Builds `POST /volumes/{id}/action` with `os-extend`.
 *
 * @param id - The volume UUID.
 * @param newSizeGb - The new size, larger than the current one.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} when the size is not a whole number ≥ 1.
 */
export function buildExtendVolumeRequest(id: string, newSizeGb: number): ServiceRequest {
  if (!Number.isInteger(newSizeGb) || newSizeGb < 1) {
    throw new ConfigurationError(
      `extendVolume: newSizeGb must be a whole number of GiB ≥ 1, got ${newSizeGb}`,
    );
  }
  return {
    method: 'POST',
    path: `${path(id)}/action`,
    json: { 'os-extend': { new_size: newSizeGb } },
    expect: [202],
  };
}

/**
 * Builds `DELETE /volumes/{id}`.
 *
 * @param id - The volume UUID.
 * @param cascade - Also delete its snapshots.
 * @returns The request.
 */
export function buildDeleteVolumeRequest(id: string, cascade = false): ServiceRequest {
  return { method: 'DELETE', path: path(id), query: cascade ? { cascade: true } : undefined, expect: [202] };
}
