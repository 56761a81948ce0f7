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
import { buildCreatePortRequest, buildListPortsRequest, buildUpdatePortRequest } from './requests.ts';
import { parsePort } from './results.ts';
import type { CreatePortOptions, ListPortsOptions, Port, UpdatePortOptions } from './types.ts';

const PORTS: NeutronResource<Port> = { collection: 'ports', key: 'port', parse: parsePort };

/**
 * Lists ports lazily, one page per request; a server's ports are `listPorts(neutron, { deviceId })`.
 *
 * @param client - The network service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of ports.
 */
export function listPorts(
  client: ServiceClient,
  options: ListPortsOptions = {},
  signal?: AbortSignal,
): AsyncIterable<Port> {
  return neutronList(client, PORTS, buildListPortsRequest(options), signal);
}

/**
 * Gets one port.
 *
 * @param client - The network service.
 * @param id - The port UUID.
 * @param signal - Aborts the request.
 * @returns The port.
 * @throws {@link "index"!NotFoundError} when there is no such port.
 */
export function getPort(client: ServiceClient, id: string, signal?: AbortSignal): Promise<Port> {
  return neutronOne(client, PORTS, buildNeutronGetRequest('ports', id), signal);
}

/**
 * Creates a port.
 *
 * @param client - The network service.
 * @param options - Network, addresses and security groups.
 * @param signal - Aborts the request.
 * @returns The new port.
 */
export function createPort(
  client: ServiceClient,
  options: CreatePortOptions,
  signal?: AbortSignal,
): Promise<Port> {
  return neutronOne(client, PORTS, buildCreatePortRequest(options), signal);
}

/**
 * Updates a port.
 *
 * @param client - The network service.
 * @param id - The port UUID.
 * @param options - What to change.
 * @param signal - Aborts the request.
 * @returns The updated port.
 */
export function updatePort(
  client: ServiceClient,
  id: string,
  options: UpdatePortOptions,
  signal?: AbortSignal,
): Promise<Port> {
  return neutronOne(client, PORTS, buildUpdatePortRequest(id, options), signal);
}

/**
 * Deletes a port.
 *
 * @param client - The network service.
 * @param id - The port UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 */
export function deletePort(client: ServiceClient, id: string, signal?: AbortSignal): Promise<void> {
  return neutronSend(client, buildNeutronDeleteRequest('ports', id), signal);
}

/**
 * Finds a port by id or exact name (one request either way).
 *
 * @param client - The service.
 * @param nameOrId - A UUID or a name.
 * @param signal - Aborts the request.
 * @returns The port, or `undefined` when none has that id or name.
 * @throws {@link "index"!AmbiguousResourceError} when several have that name (pass the id).
 */
export async function findPort(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<Port | undefined> {
  return findByNameOrId(nameOrId, {
    kind: 'port',
    get: (id) => getPort(client, id, signal),
    listByName: (name) => listPorts(client, { name }, signal),
  });
}
