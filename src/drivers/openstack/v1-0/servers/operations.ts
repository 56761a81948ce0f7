import { paginate } from '../../pagination.ts';
import type { ServiceClient } from '../../service-client.ts';
import { offsetNext, v10PageSize } from '../wire/pagination.ts';
import {
  buildCreateServerRequest,
  buildDeleteServerRequest,
  buildGetServerRequest,
  buildListServersRequest,
  buildUpdateServerRequest,
} from './requests.ts';
import { parseV10Server, parseV10ServerBody, parseV10ServerRef } from './results.ts';
import type {
  CreateV10ServerOptions,
  ListV10ServersOptions,
  UpdateV10ServerOptions,
  V10Server,
  V10ServerRef,
} from './types.ts';

/**
 * Lists 1.0 servers by id and name (`GET /servers`), lazily, one page per request.
 *
 * @param client - The 1.0 compute service (from {@link "drivers/openstack/v1-0"!createComputeClient}).
 * @param options - `changesSince` and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of server references.
 * @throws {@link "index"!ConfigurationError} for bad options; {@link "index"!HttpError} subclasses for failed requests.
 */
export function listV10Servers(
  client: ServiceClient,
  options: ListV10ServersOptions = {},
  signal?: AbortSignal,
): AsyncIterable<V10ServerRef> {
  const next = offsetNext('servers', v10PageSize(options.pageSize));
  const first = buildListServersRequest(false, options);
  return paginate(client, first, { itemsKey: 'servers', parse: parseV10ServerRef, next }, signal);
}

/**
 * Lists 1.0 servers in full (`GET /servers/detail`), lazily, one page per request.
 *
 * @remarks The 1.0 API pages with `limit`/`offset` and sends no `next` link: a full page asks for another.
 * @param client - The 1.0 compute service.
 * @param options - `changesSince` and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of servers.
 * @throws {@link "index"!ConfigurationError} for bad options; {@link "index"!HttpError} subclasses for failed requests.
 * @example
 * ```ts
 * for await (const server of listV10ServerDetails(compute)) console.log(server.id, server.status);
 * ```
 */
export function listV10ServerDetails(
  client: ServiceClient,
  options: ListV10ServersOptions = {},
  signal?: AbortSignal,
): AsyncIterable<V10Server> {
  const next = offsetNext('servers', v10PageSize(options.pageSize));
  const first = buildListServersRequest(true, options);
  return paginate(client, first, { itemsKey: 'servers', parse: parseV10Server, next }, signal);
}

/**
 * Gets one 1.0 server.
 *
 * @param client - The 1.0 compute service.
 * @param id - The server's numeric id.
 * @param signal - Aborts the request.
 * @returns The server.
 * @throws {@link "index"!NotFoundError} when there is no such server.
 */
export async function getV10Server(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<V10Server> {
  const response = await client.request(buildGetServerRequest(id), signal);
  return parseV10ServerBody(response.body);
}

/**
 * Creates a 1.0 server.
 *
 * @param client - The 1.0 compute service.
 * @param options - Name, image, flavor, metadata, personality files and shared IP group.
 * @param signal - Aborts the request.
 * @returns The new server, status `BUILD`, with the generated root password in `adminPass` (non-enumerable).
 * @throws {@link "index"!ConfigurationError} for bad options; {@link "index"!RateLimitError} on `overLimit`;
 * {@link "index"!BadRequestError} for values the cloud rejects.
 * @example
 * ```ts
 * const server = await createV10Server(compute, { name: 'web1', imageId: '11', flavorId: '1' });
 * ```
 */
export async function createV10Server(
  client: ServiceClient,
  options: CreateV10ServerOptions,
  signal?: AbortSignal,
): Promise<V10Server> {
  const response = await client.request(buildCreateServerRequest(options), signal);
  return parseV10ServerBody(response.body);
}

/**
 * Renames a 1.0 server and/or sets its root password (`PUT /servers/{id}`).
 *
 * @param client - The 1.0 compute service.
 * @param id - The server's numeric id.
 * @param options - The new name and/or password.
 * @param signal - Aborts the request.
 * @returns Nothing once the cloud accepted the change.
 * @throws {@link "index"!ConfigurationError} when neither field is given; {@link "index"!NotFoundError} for an unknown server.
 */
export async function updateV10Server(
  client: ServiceClient,
  id: string,
  options: UpdateV10ServerOptions,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildUpdateServerRequest(id, options), signal);
}

/**
 * Deletes a 1.0 server.
 *
 * @param client - The 1.0 compute service.
 * @param id - The server's numeric id.
 * @param signal - Aborts the request.
 * @returns Nothing once the cloud accepted the delete.
 * @throws {@link "index"!NotFoundError} when there is no such server.
 */
export async function deleteV10Server(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildDeleteServerRequest(id), signal);
}
