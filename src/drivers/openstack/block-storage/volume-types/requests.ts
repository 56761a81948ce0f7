import type { ServiceRequest } from '../../service-client.ts';
import type { CreateVolumeTypeOptions } from './types.ts';

/**
 * Builds `GET /types` (Cinder does not paginate volume types).
 *
 * @returns The request.
 */
export function buildListVolumeTypesRequest(): ServiceRequest {
  return { method: 'GET', path: 'types', expect: [200] };
}

/**
 * Builds `GET /types/{id}`.
 *
 * @param id - The type UUID.
 * @returns The request.
 */
export function buildGetVolumeTypeRequest(id: string): ServiceRequest {
  return { method: 'GET', path: `types/${encodeURIComponent(id)}`, expect: [200] };
}

/**
 * Builds `POST /types`.
 *
 * @param options - Name, visibility and extra specs.
 * @returns The request.
 */
export function buildCreateVolumeTypeRequest(options: CreateVolumeTypeOptions): ServiceRequest {
  const volumeType: Record<string, unknown> = {
    name: options.name,
    'os-volume-type-access:is_public': options.isPublic ?? true,
  };
  if (options.description !== undefined) volumeType.description = options.description;
  if (options.extraSpecs !== undefined) volumeType.extra_specs = options.extraSpecs;
  return { method: 'POST', path: 'types', json: { volume_type: volumeType }, expect: [200] };
}

/**
 * Builds `DELETE /types/{id}`.
 *
 * @param id - The type UUID.
 * @returns The request.
 */
export function buildDeleteVolumeTypeRequest(id: string): ServiceRequest {
  return { method: 'DELETE', path: `types/${encodeURIComponent(id)}`, expect: [202] };
}
