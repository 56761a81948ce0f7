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
  buildCreateSecurityGroupRequest,
  buildListSecurityGroupsRequest,
  buildUpdateSecurityGroupRequest,
} from './requests.ts';
import { parseSecurityGroup } from './results.ts';
import type {
  CreateSecurityGroupOptions,
  ListSecurityGroupsOptions,
  SecurityGroup,
  UpdateSecurityGroupOptions,
} from './types.ts';

const GROUPS: NeutronResource<SecurityGroup> = {
  collection: 'security-groups',
  listKey: 'security_groups',
  key: 'security_group',
  parse: parseSecurityGroup,
};

/**
 * Lists security groups (with their rules) lazily, one page per request.
 *
 * @param client - The network service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of groups.
 */
export function listSecurityGroups(
  client: ServiceClient,
  options: ListSecurityGroupsOptions = {},
  signal?: AbortSignal,
): AsyncIterable<SecurityGroup> {
  return neutronList(client, GROUPS, buildListSecurityGroupsRequest(options), signal);
}

/**
 * Gets one security group with its rules.
 *
 * @param client - The network service.
 * @param id - The group UUID.
 * @param signal - Aborts the request.
 * @returns The group.
 * @throws {@link "index"!NotFoundError} when there is no such group.
 */
export function getSecurityGroup(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<SecurityGroup> {
  return neutronOne(client, GROUPS, buildNeutronGetRequest('security-groups', id), signal);
}

/**
 * Finds a security group by id or exact name.
 *
 * @param client - The network service.
 * @param nameOrId - A UUID or a name such as `default`.
 * @param signal - Aborts the request.
 * @returns The group.
 * @throws {@link "index"!CloudError} `ERR_NO_MATCH` / `ERR_AMBIGUOUS` for names.
 */
export async function findSecurityGroup(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<SecurityGroup | undefined> {
  return findByNameOrId(nameOrId, {
    kind: 'security group',
    get: (id) => getSecurityGroup(client, id, signal),
    listByName: (name) => listSecurityGroups(client, { name }, signal),
  });
}

/**
 * Creates a security group (Neutron adds two egress rules to it).
 *
 * @param client - The network service.
 * @param options - Name and description.
 * @param signal - Aborts the request.
 * @returns The new group.
 */
export function createSecurityGroup(
  client: ServiceClient,
  options: CreateSecurityGroupOptions,
  signal?: AbortSignal,
): Promise<SecurityGroup> {
  return neutronOne(client, GROUPS, buildCreateSecurityGroupRequest(options), signal);
}

/**
 * Renames or redescribes a security group.
 *
 * @param client - The network service.
 * @param id - The group UUID.
 * @param options - What to change.
 * @param signal - Aborts the request.
 * @returns The updated group.
 */
export function updateSecurityGroup(
  client: ServiceClient,
  id: string,
  options: UpdateSecurityGroupOptions,
  signal?: AbortSignal,
): Promise<SecurityGroup> {
  return neutronOne(client, GROUPS, buildUpdateSecurityGroupRequest(id, options), signal);
}

/**
 * Deletes a security group.
 *
 * @param client - The network service.
 * @param id - The group UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 * @throws {@link "index"!ConflictError} while a port still uses it.
 */
export function deleteSecurityGroup(client: ServiceClient, id: string, signal?: AbortSignal): Promise<void> {
  return neutronSend(client, buildNeutronDeleteRequest('security-groups', id), signal);
}
