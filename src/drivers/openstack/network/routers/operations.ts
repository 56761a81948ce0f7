import { findByNameOrId } from '../../find.ts';
import type { ServiceClient } from '../../service-client.ts';
import { neutronV2 } from '../endpoint.ts';
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
  buildCreateRouterRequest,
  buildListRoutersRequest,
  buildRouterInterfaceRequest,
  buildUpdateRouterRequest,
} from './requests.ts';
import { parseRouter, parseRouterInterface } from './results.ts';
import type {
  CreateRouterOptions,
  ListRoutersOptions,
  Router,
  RouterInterface,
  RouterInterfaceTarget,
  UpdateRouterOptions,
} from './types.ts';

const ROUTERS: NeutronResource<Router> = { collection: 'routers', key: 'router', parse: parseRouter };

/**
 * Lists routers lazily, one page per request.
 *
 * @param client - The network service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of routers.
 */
export function listRouters(
  client: ServiceClient,
  options: ListRoutersOptions = {},
  signal?: AbortSignal,
): AsyncIterable<Router> {
  return neutronList(client, ROUTERS, buildListRoutersRequest(options), signal);
}

/**
 * Gets one router.
 *
 * @param client - The network service.
 * @param id - The router UUID.
 * @param signal - Aborts the request.
 * @returns The router.
 * @throws {@link "index"!NotFoundError} when there is no such router.
 */
export function getRouter(client: ServiceClient, id: string, signal?: AbortSignal): Promise<Router> {
  return neutronOne(client, ROUTERS, buildNeutronGetRequest('routers', id), signal);
}

/**
 * Creates a router, optionally with its external gateway.
 *
 * @param client - The network service.
 * @param options - Name and gateway network.
 * @param signal - Aborts the request.
 * @returns The new router.
 * @example
 * ```ts
 * const router = await createRouter(neutron, { name: 'r1', externalNetworkId: publicNet.id });
 * ```
 */
export function createRouter(
  client: ServiceClient,
  options: CreateRouterOptions,
  signal?: AbortSignal,
): Promise<Router> {
  return neutronOne(client, ROUTERS, buildCreateRouterRequest(options), signal);
}

/**
 * Updates a router; `{ externalNetworkId: null }` clears its gateway.
 *
 * @param client - The network service.
 * @param id - The router UUID.
 * @param options - What to change.
 * @param signal - Aborts the request.
 * @returns The updated router.
 */
export function updateRouter(
  client: ServiceClient,
  id: string,
  options: UpdateRouterOptions,
  signal?: AbortSignal,
): Promise<Router> {
  return neutronOne(client, ROUTERS, buildUpdateRouterRequest(id, options), signal);
}

/**
 * Deletes a router (remove its interfaces first).
 *
 * @param client - The network service.
 * @param id - The router UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 * @throws {@link "index"!ConflictError} while it still has interfaces.
 */
export function deleteRouter(client: ServiceClient, id: string, signal?: AbortSignal): Promise<void> {
  return neutronSend(client, buildNeutronDeleteRequest('routers', id), signal);
}

/**
 * Plugs a subnet or a port into a router.
 *
 * @param client - The network service.
 * @param id - The router UUID.
 * @param target - `{ subnetId }` or `{ portId }`.
 * @param signal - Aborts the request.
 * @returns The interface's router, port and subnet.
 */
export async function addRouterInterface(
  client: ServiceClient,
  id: string,
  target: RouterInterfaceTarget,
  signal?: AbortSignal,
): Promise<RouterInterface> {
  const response = await neutronV2(client).request(buildRouterInterfaceRequest(id, 'add', target), signal);
  return parseRouterInterface(response.body);
}

/**
 * Unplugs a subnet or a port from a router.
 *
 * @param client - The network service.
 * @param id - The router UUID.
 * @param target - `{ subnetId }` or `{ portId }`.
 * @param signal - Aborts the request.
 * @returns The removed interface.
 */
export async function removeRouterInterface(
  client: ServiceClient,
  id: string,
  target: RouterInterfaceTarget,
  signal?: AbortSignal,
): Promise<RouterInterface> {
  const response = await neutronV2(client).request(buildRouterInterfaceRequest(id, 'remove', target), signal);
  return parseRouterInterface(response.body);
}

/**
 * Lists a router's interface ports (one filtered port list, not a lookup per interface).
 *
 * @param client - The network service.
 * @param id - The router UUID.
 * @param signal - Aborts the walk.
 * @returns An async iterable of the router's ports.
 */
export function listRouterInterfaces(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): AsyncIterable<Port> {
  return listPorts(client, { deviceId: id, deviceOwner: 'network:router_interface' }, signal);
}

/**
 * Finds a router by id or exact name (one request either way).
 *
 * @param client - The service.
 * @param nameOrId - A UUID or a name.
 * @param signal - Aborts the request.
 * @returns The router, or `undefined` when none has that id or name.
 * @throws {@link "index"!AmbiguousResourceError} when several have that name (pass the id).
 */
export async function findRouter(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<Router | undefined> {
  return findByNameOrId(nameOrId, {
    kind: 'router',
    get: (id) => getRouter(client, id, signal),
    listByName: (name) => listRouters(client, { name }, signal),
  });
}
