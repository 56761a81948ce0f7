import type { ServiceRequest } from '../../service-client.ts';
import { buildCinderListRequest } from '../resource.ts';
import type { CreateSnapshotOptions, ListSnapshotsOptions, UpdateSnapshotOptions } from './types.ts';

const path = (id: string): string => `snapshots/${encodeURIComponent(id)}`;

/**
 * Builds the first page of `GET /snapshots/detail`.
 *
 * @param options - Filters and page size.
 * @returns The request.
 */
export function buildListSnapshotsRequest(options: ListSnapshotsOptions = {}): ServiceRequest {
  const filters = { volume_id: options.volumeId, name: options.name, status: options.status };
  return buildCinderListRequest('snapshots', filters, options.pageSize);
}

/**
 * Builds `GET /snapshots/{id}`.
 *
 * @param id - The snapshot UUID.
 * @returns The request.
 */
export function buildGetSnapshotRequest(id: string): ServiceRequest {
  return { method: 'GET', path: path(id), expect: [200] };
}

/**
 * Builds `POST /snapshots`.
 *
 * @param options - Volume, name and `force`.
 * @returns The request.
 */
export function buildCreateSnapshotRequest(options: CreateSnapshotOptions): ServiceRequest {
  const snapshot: Record<string, unknown> = { volume_id: options.volumeId, force: options.force ?? false };
  if (options.name !== undefined) snapshot.name = options.name;
  if (options.description !== undefined) snapshot.description = options.description;
  return { method: 'POST', path: 'snapshots', json: { snapshot }, expect: [202] };
}

/**
 * Builds `PUT /snapshots/{id}`.
 *
 * @param id - The snapshot UUID.
 * @param options - What to change.
 * @returns The request.
 */
export function buildUpdateSnapshotRequest(id: string, options: UpdateSnapshotOptions): ServiceRequest {
  const snapshot: Record<string, unknown> = {};
  if (options.name !== undefined) snapshot.name = options.name;
  if (options.description !== undefined) snapshot.description = options.description;
  return { method: 'PUT', path: path(id), json: { snapshot }, expect: [200] };
}

/**
 * Builds `DELETE /snapshots/{id}`.
 *
 * @param id - The snapshot UUID.
 * @returns The request.
 */
export function buildDeleteSnapshotRequest(id: string): ServiceRequest {
  return { method: 'DELETE', path: path(id), expect: [202] };
}
