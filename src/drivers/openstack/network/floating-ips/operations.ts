import { CloudError } from '../../../../errors/cloud-error.ts';
import type { ServiceClient } from '../../service-client.ts';
import { collect, looksLikeId, onlyMatch } from '../find.ts';
import { listPorts } from '../ports/operations.ts';
import type { Port } from '../ports/types.ts';
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
import type {
  AllocateFloatingIpOptions,
  AttachToServerOptions,
  FloatingIp,
  ListFloatingIpsOptions,
} from './types.ts';

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
 * @throws {@link NotFoundError} when there is no such floating IP.
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
 * @throws {@link ConflictError} when the pool is exhausted; {@link NotFoundError} for an unknown pool.
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
 * @throws {@link NotFoundError} when the port's network has no router to the pool.
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
 * Attaches a floating IP to a server's port on a chosen network (libcloud only ever used the first port):
 * one port list, then one update.
 *
 * @param client - The network service.
 * @param id - The floating IP UUID.
 * @param serverId - The server UUID.
 * @param options - The network of the port to use, and the address.
 * @param signal - Aborts the requests.
 * @returns The attached floating IP.
 * @throws {@link CloudError} `ERR_NO_PORTS` when the server has no port (on that network), `ERR_AMBIGUOUS`
 *   when it has ports on several networks and none was chosen.
 */
export async function attachFloatingIpToServer(
  client: ServiceClient,
  id: string,
  serverId: string,
  options: AttachToServerOptions = {},
  signal?: AbortSignal,
): Promise<FloatingIp> {
  const ports = await collect(
    listPorts(client, { deviceId: serverId, networkId: options.networkId }, signal),
  );
  const port = pickPort(ports, serverId, options.networkId);
  const address =
    options.fixedIpAddress ?? port.fixedIps.find((ip) => !ip.ipAddress.includes(':'))?.ipAddress;
  return attachFloatingIp(client, id, port.id, address, signal);
}

function pickPort(ports: readonly Port[], serverId: string, networkId: string | undefined): Port {
  const [first] = ports;
  const where = networkId === undefined ? '' : ` on network ${networkId}`;
  if (first === undefined) {
    throw new CloudError(
      `Server ${serverId} has no port${where}; is it ACTIVE on that network?`,
      'ERR_NO_PORTS',
    );
  }
  const networks = new Set(ports.map((p) => p.networkId));
  if (networks.size > 1) {
    throw new CloudError(
      `Server ${serverId} has ports on ${networks.size} networks (${[...networks].join(', ')}); ` +
        'pass networkId to choose one',
      'ERR_AMBIGUOUS',
    );
  }
  return first;
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
 * Lists the floating IPs attached to a server: exactly two list requests (its ports, then the floating IPs
 * of all those ports at once), never one per port.
 *
 * @param client - The network service.
 * @param serverId - The server UUID.
 * @param signal - Aborts the requests.
 * @returns The server's floating IPs.
 */
export async function listServerFloatingIps(
  client: ServiceClient,
  serverId: string,
  signal?: AbortSignal,
): Promise<FloatingIp[]> {
  const ports = await collect(listPorts(client, { deviceId: serverId }, signal));
  if (ports.length === 0) return [];
  return collect(listFloatingIps(client, { portIds: ports.map((p) => p.id) }, signal));
}

/**
 * Finds a floating IP by id or address (one request either way).
 *
 * @param client - The service.
 * @param nameOrId - A UUID or an address such as `203.0.113.5`.
 * @param signal - Aborts the request.
 * @returns The floating IP.
 * @throws {@link CloudError} `ERR_NO_MATCH` / `ERR_AMBIGUOUS` for names; {@link NotFoundError} for unknown ids.
 */
export async function findFloatingIp(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<FloatingIp> {
  if (looksLikeId(nameOrId)) return getFloatingIp(client, nameOrId, signal);
  return onlyMatch(
    await collect(listFloatingIps(client, { floatingIpAddress: nameOrId }, signal)),
    'floating IP',
    nameOrId,
  );
}
