import type { ComputeClient } from '../client.ts';
import {
  buildDeleteMetadataItemRequest,
  buildGetMetadataRequest,
  buildSetMetadataRequest,
} from './requests.ts';
import { parseMetadata } from './results.ts';
import type { ServerMetadata } from './types.ts';

/**
 * @param client - The compute client.
 * @param serverId - The server id.
 * @param signal - Aborts the request.
 * @returns The server's metadata.
 */
export async function getServerMetadata(
  client: ComputeClient,
  serverId: string,
  signal?: AbortSignal,
): Promise<ServerMetadata> {
  return parseMetadata((await client.service.request(buildGetMetadataRequest(serverId), signal)).body);
}

/**
 * Sets metadata: `merge` adds or changes the given keys, `replace` makes them the whole metadata.
 *
 * @param client - The compute client.
 * @param serverId - The server id.
 * @param metadata - Key/value pairs.
 * @param mode - `merge` (default) or `replace`.
 * @param signal - Aborts the request.
 * @returns The server's metadata afterwards.
 */
export async function setServerMetadata(
  client: ComputeClient,
  serverId: string,
  metadata: ServerMetadata,
  mode: 'merge' | 'replace' = 'merge',
  signal?: AbortSignal,
): Promise<ServerMetadata> {
  const response = await client.service.request(buildSetMetadataRequest(serverId, metadata, mode), signal);
  return parseMetadata(response.body);
}

/**
 * @param client - The compute client.
 * @param serverId - The server id.
 * @param key - The key to remove.
 * @param signal - Aborts the request.
 * @returns Once removed.
 * @throws {@link "index"!NotFoundError} when the key is not set.
 */
export async function deleteServerMetadataItem(
  client: ComputeClient,
  serverId: string,
  key: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.service.request(buildDeleteMetadataItemRequest(serverId, key), signal);
}
