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
  buildAllocateFloatingIpRequest,
  buildListFloatingIpsRequest,
  buildSetFloatingIpPortRequest,
} from './requests.ts';
import { parseFloatingIp } from './results.ts';
import type { AllocateFloatingIpOptions, FloatingIp, ListFloatingIpsOptions } from './types.ts';

const FIPS: NeutronResource<FloatingIp> = {
  collection: 'floatingips',
  key: 'floatingip',
  parse: parseFloatingIp,
};

/**
 * Lists floating IPs lazily, one page per request and no per-item lookups (servers come from `port_details`).
 *
 * @param client - The network service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of floating IPs.
 */
export function listFloatingIps(
  client: ServiceClient,
  options: ListFloatingIpsOptions = {},
  signal?: AbortSignal,
): AsyncIterable<FloatingIp> {
  return neutronList(client, FIPS, buildListFloatingIpsRequest(options), signal);
}

/**
 * Gets one floating IP.
 *
 * @param client - The network service.
 * @param id - The floating IP UUID.
 * @param signal - Aborts the request.
 * @returns The floating IP.
 * @throws {@link "index"!NotFoundError} when there is no such floating IP.
 */
export function getFloatingIp(client: ServiceClient, id: string, signal?: AbortSignal): Promise<FloatingIp> {
  return neutronOne(client, FIPS, buildNeutronGetRequest('floatingips', id), signal);
}

/**
 * Allocates a floating IP from a pool (an external network), optionally attaching it to a port.
 *
 * @param client - The network service.
 * @param options - Pool, port and address.
 * @param signal - Aborts the request.
 * @returns The new floating IP.
 * @throws {@link "index"!ConflictError} when the pool is exhausted; {@link "index"!NotFoundError} for an unknown pool.
 */
export function allocateFloatingIp(
  client: ServiceClient,
  options: AllocateFloatingIpOptions,
  signal?: AbortSignal,
): Promise<FloatingIp> {
  return neutronOne(client, FIPS, buildAllocateFloatingIpRequest(options), signal);
}

/**
 * Attaches a floating IP to a port.
 *
 * @param client - The network service.
 * @param id - The floating IP UUID.
 * @param portId - The port.
 * @param fixedIpAddress - Which of the port's addresses to map.
 * @param signal - Aborts the request.
 * @returns The attached floating IP.
 * @throws {@link "index"!NotFoundError} when the port's network has no router to the pool.
 */
export function attachFloatingIp(
  client: ServiceClient,
  id: string,
  portId: string,
  fixedIpAddress?: string,
  signal?: AbortSignal,
): Promise<FloatingIp> {
  return neutronOne(client, FIPS, buildSetFloatingIpPortRequest(id, portId, fixedIpAddress), signal);
}

/**
 * Detaches a floating IP from its port (it stays allocated to the project).
 *
 * @param client - The network service.
 * @param id - The floating IP UUID.
 * @param signal - Aborts the request.
 * @returns The detached floating IP.
 */
export function detachFloatingIp(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<FloatingIp> {
  return neutronOne(client, FIPS, buildSetFloatingIpPortRequest(id, null), signal);
}

/**
 * Releases a floating IP back to its pool.
 *
 * @param client - The network service.
 * @param id - The floating IP UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 */
export function releaseFloatingIp(client: ServiceClient, id: string, signal?: AbortSignal): Promise<void> {
  return neutronSend(client, buildNeutronDeleteRequest('floatingips', id), signal);
}

/**
 * Finds a floating IP by id or address (one request either way).
 *
 * @param client - The service.
 * @param nameOrId - A UUID or an address such as `203.0.113.5`.
 * @param signal - Aborts the request.
 * @returns The floating IP, or `undefined` when none has that id or name.
 * @throws {@link "index"!AmbiguousResourceError} when several have that name (pass the id).
 */
export async function findFloatingIp(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<FloatingIp | undefined> {
  return findByNameOrId(nameOrId, {
    kind: 'floating IP',
    get: (id) => getFloatingIp(client, id, signal),
    listByName: (name) => listFloatingIps(client, { floatingIpAddress: name }, signal),
  });
}
