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
import { buildCreateSubnetRequest, buildListSubnetsRequest, buildUpdateSubnetRequest } from './requests.ts';
import { parseSubnet } from './results.ts';
import type { CreateSubnetOptions, ListSubnetsOptions, Subnet, UpdateSubnetOptions } from './types.ts';

const SUBNETS: NeutronResource<Subnet> = { collection: 'subnets', key: 'subnet', parse: parseSubnet };

/**
 * Lists subnets lazily, one page per request.
 *
 * @param client - The network service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of subnets.
 */
export function listSubnets(
  client: ServiceClient,
  options: ListSubnetsOptions = {},
  signal?: AbortSignal,
): AsyncIterable<Subnet> {
  return neutronList(client, SUBNETS, buildListSubnetsRequest(options), signal);
}

/**
 * Gets one subnet.
 *
 * @param client - The network service.
 * @param id - The subnet UUID.
 * @param signal - Aborts the request.
 * @returns The subnet.
 * @throws {@link "index"!NotFoundError} when there is no such subnet.
 */
export function getSubnet(client: ServiceClient, id: string, signal?: AbortSignal): Promise<Subnet> {
  return neutronOne(client, SUBNETS, buildNeutronGetRequest('subnets', id), signal);
}

/**
 * Creates a subnet.
 *
 * @param client - The network service.
 * @param options - Network, CIDR and options.
 * @param signal - Aborts the request.
 * @returns The new subnet.
 * @throws {@link "index"!ConfigurationError} for a malformed CIDR; {@link "index"!BadRequestError} for an overlapping one.
 */
export function createSubnet(
  client: ServiceClient,
  options: CreateSubnetOptions,
  signal?: AbortSignal,
): Promise<Subnet> {
  return neutronOne(client, SUBNETS, buildCreateSubnetRequest(options), signal);
}

/**
 * Updates a subnet.
 *
 * @param client - The network service.
 * @param id - The subnet UUID.
 * @param options - What to change.
 * @param signal - Aborts the request.
 * @returns The updated subnet.
 */
export function updateSubnet(
  client: ServiceClient,
  id: string,
  options: UpdateSubnetOptions,
  signal?: AbortSignal,
): Promise<Subnet> {
  return neutronOne(client, SUBNETS, buildUpdateSubnetRequest(id, options), signal);
}

/**
 * Deletes a subnet.
 *
 * @param client - The network service.
 * @param id - The subnet UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 * @throws {@link "index"!ConflictError} while ports use it (including router interfaces).
 */
export function deleteSubnet(client: ServiceClient, id: string, signal?: AbortSignal): Promise<void> {
  return neutronSend(client, buildNeutronDeleteRequest('subnets', id), signal);
}

/**
 * Finds a subnet by id or exact name (one request either way).
 *
 * @param client - The service.
 * @param nameOrId - A UUID or a name.
 * @param signal - Aborts the request.
 * @returns The subnet, or `undefined` when none has that id or name.
 * @throws {@link "index"!AmbiguousResourceError} when several have that name (pass the id).
 */
export async function findSubnet(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<Subnet | undefined> {
  return findByNameOrId(nameOrId, {
    kind: 'subnet',
    get: (id) => getSubnet(client, id, signal),
    listByName: (name) => listSubnets(client, { name }, signal),
  });
}
