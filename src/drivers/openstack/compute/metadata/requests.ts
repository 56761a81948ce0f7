import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { segment } from '../path-segment.ts';
import type { ServerMetadata } from './types.ts';

function base(serverId: string): string {
  return `servers/${segment(serverId, 'server id')}/metadata`;
}

function checked(metadata: ServerMetadata): ServerMetadata {
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== 'string')
      throw new ConfigurationError(`metadata value of "${key}" must be a string`);
    if (key.length > 255 || value.length > 255) {
      throw new ConfigurationError(
        `metadata "${key}" is too long: keys and values are limited to 255 characters`,
      );
    }
  }
  return metadata;
}

/**
 * @param serverId - The server id.
 * @returns The request for `GET /servers/{id}/metadata`.
 */
export function buildGetMetadataRequest(serverId: string): ServiceRequest {
  return { method: 'GET', path: base(serverId), expect: [200] };
}

/**
 * @param serverId - The server id.
 * @param metadata - The full new metadata (`replace`) or the keys to add/change (`merge`).
 * @param mode - `replace` (PUT) or `merge` (POST).
 * @returns The request.
 */
export function buildSetMetadataRequest(
  serverId: string,
  metadata: ServerMetadata,
  mode: 'replace' | 'merge',
): ServiceRequest {
  return {
    method: mode === 'replace' ? 'PUT' : 'POST',
    path: base(serverId),
    json: { metadata: checked(metadata) },
    expect: [200],
  };
}

/**
 * @param serverId - The server id.
 * @param key - The key to delete.
 * @returns The request for `DELETE /servers/{id}/metadata/{key}`.
 */
export function buildDeleteMetadataItemRequest(serverId: string, key: string): ServiceRequest {
  return { method: 'DELETE', path: `${base(serverId)}/${segment(key, 'metadata key')}`, expect: [204] };
}
