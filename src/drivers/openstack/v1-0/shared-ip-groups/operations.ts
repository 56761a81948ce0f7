import { paginate } from '../../pagination.ts';
import type { ServiceClient } from '../../service-client.ts';
import { offsetNext, v10PageSize } from '../wire/pagination.ts';
import {
  buildCreateSharedIpGroupRequest,
  buildDeleteSharedIpGroupRequest,
  buildGetSharedIpGroupRequest,
  buildListSharedIpGroupsRequest,
  buildShareIpRequest,
  buildUnshareIpRequest,
} from './requests.ts';
import { parseV10SharedIpGroup, parseV10SharedIpGroupBody } from './results.ts';
import type {
  CreateV10SharedIpGroupOptions,
  ListV10SharedIpGroupsOptions,
  ShareV10IpOptions,
  V10SharedIpGroup,
} from './types.ts';

/** What {@link "drivers/openstack/v1-0"!listSharedIpGroups} returns: with `detail`, each group lists its servers. */
export interface ListV10SharedIpGroupsRequest extends ListV10SharedIpGroupsOptions {
  /** Include each group's servers (`/shared_ip_groups/detail`). @defaultValue `false` */
  readonly detail?: boolean | undefined;
}

/**
 * Lists the account's 1.0 shared IP groups, lazily.
 *
 * @param client - The 1.0 compute service (from {@link "drivers/openstack/v1-0"!createComputeClient}).
 * @param options - `detail`, `changesSince` and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of groups (`servers` is set only with `detail`).
 * @throws {@link "index"!ConfigurationError} for bad options; {@link "index"!HttpError} subclasses for failed requests.
 */
export function listV10SharedIpGroups(
  client: ServiceClient,
  options: ListV10SharedIpGroupsRequest = {},
  signal?: AbortSignal,
): AsyncIterable<V10SharedIpGroup> {
  const next = offsetNext('sharedIpGroups', v10PageSize(options.pageSize));
  const first = buildListSharedIpGroupsRequest(options.detail ?? false, options);
  return paginate(client, first, { itemsKey: 'sharedIpGroups', parse: parseV10SharedIpGroup, next }, signal);
}

/**
 * Gets one 1.0 shared IP group with its servers.
 *
 * @param client - The 1.0 compute service.
 * @param id - The group's numeric id.
 * @param signal - Aborts the request.
 * @returns The group.
 * @throws {@link "index"!NotFoundError} when there is no such group.
 */
export async function getV10SharedIpGroup(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<V10SharedIpGroup> {
  const response = await client.request(buildGetSharedIpGroupRequest(id), signal);
  return parseV10SharedIpGroupBody(response.body);
}

/**
 * Creates a 1.0 shared IP group.
 *
 * @param client - The 1.0 compute service.
 * @param options - The name and, optionally, a first server.
 * @param signal - Aborts the request.
 * @returns The new group.
 * @throws {@link "index"!RateLimitError} when the account has `maxIPGroups` groups already.
 * @example
 * ```ts
 * const group = await createV10SharedIpGroup(compute, { name: 'web', serverId: '422' });
 * ```
 */
export async function createV10SharedIpGroup(
  client: ServiceClient,
  options: CreateV10SharedIpGroupOptions,
  signal?: AbortSignal,
): Promise<V10SharedIpGroup> {
  const response = await client.request(buildCreateSharedIpGroupRequest(options), signal);
  return parseV10SharedIpGroupBody(response.body);
}

/**
 * Deletes an empty 1.0 shared IP group.
 *
 * @param client - The 1.0 compute service.
 * @param id - The group's numeric id.
 * @param signal - Aborts the request.
 * @returns Nothing once the cloud accepted the delete.
 * @throws {@link "index"!NotFoundError} when there is no such group.
 */
export async function deleteV10SharedIpGroup(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildDeleteSharedIpGroupRequest(id), signal);
}

/**
 * Shares a group's public address with a server in the group.
 *
 * @param client - The 1.0 compute service.
 * @param options - Group, server, address and whether the cloud configures the server.
 * @param signal - Aborts the request.
 * @returns Nothing once the cloud accepted the change.
 * @throws {@link "index"!ConfigurationError} for a bad id or address; {@link "index"!NotFoundError} for an unknown server.
 */
export async function shareV10Ip(
  client: ServiceClient,
  options: ShareV10IpOptions,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildShareIpRequest(options), signal);
}

/**
 * Stops sharing a public address with a server.
 *
 * @param client - The 1.0 compute service.
 * @param serverId - The server's numeric id.
 * @param address - The shared public address.
 * @param signal - Aborts the request.
 * @returns Nothing once the cloud accepted the change.
 * @throws {@link "index"!ConfigurationError} for a bad id or address; {@link "index"!NotFoundError} for an unknown server.
 */
export async function unshareV10Ip(
  client: ServiceClient,
  serverId: string,
  address: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildUnshareIpRequest(serverId, address), signal);
}
