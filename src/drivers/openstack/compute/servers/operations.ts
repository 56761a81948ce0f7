import { BadRequestError } from '../../../../errors/http-status-errors.ts';
import { KeyPairNotFoundError } from '../../../../errors/key-pair-not-found-error.ts';
import { expectObject } from '../../../../shape/expect.ts';
import { hideSecrets } from '../../../../transport/redact.ts';
import type { HttpResponse } from '../../../../transport/types.ts';
import { absentOnNotFound } from '../../find.ts';
import { pageItems, paginate, paginatePages } from '../../pagination.ts';
import type { ComputeClient } from '../client.ts';
import { getKeypair } from '../keypairs/operations.ts';
import { buildCreateServerRequest, type CreateServerOptions } from './create-request.ts';
import {
  buildDeleteServerRequest,
  buildGetServerRequest,
  buildListServersRequest,
  buildUpdateServerRequest,
  type UpdateServerOptions,
} from './requests.ts';
import { parseCreatedServer, parseServer } from './results.ts';
import type { CreatedServer, ListServersOptions, Server } from './types.ts';

/**
 * Lists servers with details, lazily: one GET per page, following `servers_links` (no cut at 1,000).
 *
 * @param client - The compute client.
 * @param options - Filters (all applied by Nova) and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of servers.
 * @throws {@link "index"!CloudError} `ERR_PAGINATION_LOOP` when a next link loops.
 * @see https://docs.openstack.org/api-ref/compute/#list-servers-detailed
 * @example
 * ```ts
 * import { listServers, type ComputeClient } from 'stratus/openstack/compute';
 * declare const compute: ComputeClient;
 * for await (const server of listServers(compute, { status: 'ACTIVE' })) console.log(server.name);
 * ```
 */
export function listServers(
  client: ComputeClient,
  options: ListServersOptions = {},
  signal?: AbortSignal,
): AsyncGenerator<Server, void, undefined> {
  const first = buildListServersRequest(options, client.microversion);
  return paginate(client.service, first, { itemsKey: 'servers', parse: parseServer }, signal);
}

/**
 * Like {@link "drivers/openstack/compute"!listServers}, but maps each server as it is parsed, and walks each page's items without an
 * async generator per item (the portable `listNodes` uses it).
 *
 * @param client - The compute client.
 * @param options - Filters and page size.
 * @param map - Turns a parsed server into the item to yield.
 * @param signal - Aborts the walk.
 * @returns An async iterable of mapped servers.
 */
export function listServersAs<T>(
  client: ComputeClient,
  options: ListServersOptions,
  map: (server: Server) => T,
  signal?: AbortSignal,
): AsyncIterableIterator<T, void, undefined> {
  const first = buildListServersRequest(options, client.microversion);
  const pages = paginatePages(client.service, first, { itemsKey: 'servers' }, signal);
  return pageItems(pages, 'servers', (raw, path) => map(parseServer(raw, path)));
}

/**
 * Fetches one server.
 *
 * @param client - The compute client.
 * @param id - The server id.
 * @param signal - Aborts the request.
 * @returns The server.
 * @throws {@link "index"!NotFoundError} when there is no such server (the portable `getNode` returns `undefined`).
 */
export function getServer(client: ComputeClient, id: string, signal?: AbortSignal): Promise<Server> {
  // Not `async`: one promise fewer per call on the get-by-id hot path; a bad id still rejects, never throws.
  try {
    return client.service.request(buildGetServerRequest(id), signal).then(parseShownServer);
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

function parseShownServer(response: HttpResponse): Server {
  return parseServer(expectObject(response.body, '$').server, '$.server');
}

/**
 * Fetches one server, or `undefined` when Nova answers 404.
 *
 * @param client - The compute client.
 * @param id - The server id.
 * @param signal - Aborts the request.
 * @returns The server or `undefined`.
 */
export async function findServer(
  client: ComputeClient,
  id: string,
  signal?: AbortSignal,
): Promise<Server | undefined> {
  return absentOnNotFound(getServer(client, id, signal));
}

/**
 * Creates a server (one POST). Nova answers with the id and the admin password only.
 *
 * @param client - The compute client.
 * @param options - The server to create.
 * @param signal - Aborts the request (a create is never retried).
 * @returns The id and the admin password (hidden from `util.inspect` and `JSON.stringify`).
 * @throws {@link "index"!ConfigurationError} for missing or invalid options, before sending.
 * @throws {@link "index"!NotSupportedError} for a field the negotiated microversion lacks, before sending.
 * @throws {@link "index"!KeyPairNotFoundError} when `keyName` names no key pair (Nova's 400, checked with one lookup).
 */
export async function createServer(
  client: ComputeClient,
  options: CreateServerOptions,
  signal?: AbortSignal,
): Promise<CreatedServer> {
  const request = buildCreateServerRequest(options, client.microversion);
  const response = await client.service
    .request(request, signal)
    .catch((error: unknown) => explainRefusedKey(client, error, options.keyName, signal));
  return Object.freeze(hideSecrets({ ...parseCreatedServer(response.body) }, ['adminPass']));
}

/**
 * Nova refuses a boot with a missing key pair with a bare 400; one lookup of the key pair turns that into the
 * one typed error for a missing key pair.
 *
 * @param client - The compute client.
 * @param error - What the create threw.
 * @param keyName - The key pair the create named, if any.
 * @param signal - Aborts the lookup.
 * @returns Never.
 * @throws {@link "index"!KeyPairNotFoundError} when the named key pair does not exist; the original error otherwise.
 */
async function explainRefusedKey(
  client: ComputeClient,
  error: unknown,
  keyName: string | undefined,
  signal: AbortSignal | undefined,
): Promise<never> {
  if (!(error instanceof BadRequestError) || keyName === undefined) throw error;
  await getKeypair(client, keyName, signal).catch((lookup: unknown) => {
    throw lookup instanceof KeyPairNotFoundError ? lookup : error;
  });
  throw error;
}

/**
 * Changes a server's name, description or access addresses.
 *
 * @param client - The compute client.
 * @param id - The server id.
 * @param options - The fields to change.
 * @param signal - Aborts the request.
 * @returns The updated server.
 */
export async function updateServer(
  client: ComputeClient,
  id: string,
  options: UpdateServerOptions,
  signal?: AbortSignal,
): Promise<Server> {
  const response = await client.service.request(
    buildUpdateServerRequest(id, options, client.microversion),
    signal,
  );
  return parseServer(expectObject(response.body, '$').server, '$.server');
}

/**
 * Deletes a server (Nova deletes asynchronously; poll `findServer` to see it go).
 *
 * @param client - The compute client.
 * @param id - The server id.
 * @param signal - Aborts the request.
 * @returns Once Nova accepted the deletion.
 */
export async function deleteServer(client: ComputeClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.service.request(buildDeleteServerRequest(id), signal);
}
