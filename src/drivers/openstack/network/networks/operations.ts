import { findByNameOrId } from '../../find.ts';
import type { ServiceClient } from '../../service-client.ts';
import {
  buildNeutronDeleteRequest,
  buildNeutronGetRequest,
  type NeutronResource,
  neutronList,
  neutronOne,
  neutronSend,
} from '../resource.ts';
import {
  buildCreateNetworkRequest,
  buildListNetworksRequest,
  buildUpdateNetworkRequest,
} from './requests.ts';
import { parseNetwork } from './results.ts';
import type { CreateNetworkOptions, ListNetworksOptions, Network, UpdateNetworkOptions } from './types.ts';

const NETWORKS: NeutronResource<Network> = { collection: 'networks', key: 'network', parse: parseNetwork };

/**
 * Lists networks lazily, one page per request.
 *
 * @param client - The network service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of networks.
 * @example
 * ```ts
 * for await (const pool of listNetworks(neutron, { external: true })) console.log(pool.name);
 * ```
 */
export function listNetworks(
  client: ServiceClient,
  options: ListNetworksOptions = {},
  signal?: AbortSignal,
): AsyncIterable<Network> {
  return neutronList(client, NETWORKS, buildListNetworksRequest(options), signal);
}

/**
 * Gets one network.
 *
 * @param client - The network service.
 * @param id - The network UUID.
 * @param signal - Aborts the request.
 * @returns The network.
 * @throws {@link "index"!NotFoundError} when there is no such network.
 */
export function getNetwork(client: ServiceClient, id: string, signal?: AbortSignal): Promise<Network> {
  return neutronOne(client, NETWORKS, buildNeutronGetRequest('networks', id), signal);
}

/**
 * Creates a network.
 *
 * @param client - The network service.
 * @param options - Name and flags.
 * @param signal - Aborts the request.
 * @returns The new network.
 * @throws {@link "index"!ForbiddenError} for admin-only flags (`shared`, `external`) as a non-admin.
 */
export function createNetwork(
  client: ServiceClient,
  options: CreateNetworkOptions,
  signal?: AbortSignal,
): Promise<Network> {
  return neutronOne(client, NETWORKS, buildCreateNetworkRequest(options), signal);
}

/**
 * Updates a network.
 *
 * @param client - The network service.
 * @param id - The network UUID.
 * @param options - What to change.
 * @param signal - Aborts the request.
 * @returns The updated network.
 */
export function updateNetwork(
  client: ServiceClient,
  id: string,
  options: UpdateNetworkOptions,
  signal?: AbortSignal,
): Promise<Network> {
  return neutronOne(client, NETWORKS, buildUpdateNetworkRequest(id, options), signal);
}

/**
 * Deletes a network.
 *
 * @param client - The network service.
 * @param id - The network UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 * @throws {@link "index"!ConflictError} while ports are still in use on it.
 */
export function deleteNetwork(client: ServiceClient, id: string, signal?: AbortSignal): Promise<void> {
  return neutronSend(client, buildNeutronDeleteRequest('networks', id), signal);
}

/**
 * Lists the floating IP pools: the external networks.
 *
 * @param client - The network service.
 * @param signal - Aborts the walk.
 * @returns An async iterable of external networks.
 */
export function listFloatingIpPools(client: ServiceClient, signal?: AbortSignal): AsyncIterable<Network> {
  return listNetworks(client, { external: true }, signal);
}

/**
 * Finds a network by id or exact name (one request either way).
 *
 * @param client - The network service.
 * @param nameOrId - A UUID or a name, e.g. `public`.
 * @param signal - Aborts the request.
 * @returns The network, or `undefined` when none has that id or name.
 * @throws {@link "index"!AmbiguousResourceError} when several have that name (pass the id).
 */
export async function findNetwork(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<Network | undefined> {
  return findByNameOrId(nameOrId, {
    kind: 'network',
    get: (id) => getNetwork(client, id, signal),
    listByName: (name) => listNetworks(client, { name }, signal),
  });
}
