import { expectObject } from '../../../../shape/expect.ts';
import { paginate } from '../../pagination.ts';
import type { ComputeClient } from '../client.ts';
import {
  buildCreateServerGroupRequest,
  buildDeleteServerGroupRequest,
  buildGetServerGroupRequest,
  buildListServerGroupsRequest,
} from './requests.ts';
import { parseServerGroup } from './results.ts';
import type { CreateServerGroupOptions, ServerGroup } from './types.ts';

/**
 * Lists server groups. Nova pages them with `limit`/`offset` and no links, so the next page is requested
 * while a page comes back full.
 *
 * @param client - The compute client.
 * @param pageSize - Page size. @defaultValue 1000
 * @param signal - Aborts the walk.
 * @returns An async iterable of groups.
 */
export function listServerGroups(
  client: ComputeClient,
  pageSize = 1000,
  signal?: AbortSignal,
): AsyncGenerator<ServerGroup, void, undefined> {
  let offset = 0;
  return paginate(
    client.service,
    buildListServerGroupsRequest(pageSize),
    {
      itemsKey: 'server_groups',
      parse: parseServerGroup,
      next: (response) => {
        const items = expectObject(response.body, '$').server_groups;
        const count = Array.isArray(items) ? items.length : 0;
        offset += count;
        return count < pageSize ? undefined : `os-server-groups?limit=${pageSize}&offset=${offset}`;
      },
    },
    signal,
  );
}

/**
 * @param client - The compute client.
 * @param id - The group id.
 * @param signal - Aborts the request.
 * @returns The group.
 */
export async function getServerGroup(
  client: ComputeClient,
  id: string,
  signal?: AbortSignal,
): Promise<ServerGroup> {
  const response = await client.service.request(buildGetServerGroupRequest(id), signal);
  return parseServerGroup(expectObject(response.body, '$').server_group, '$.server_group');
}

/**
 * @param client - The compute client.
 * @param options - Name, policy, rules.
 * @param signal - Aborts the request.
 * @returns The new group.
 */
export async function createServerGroup(
  client: ComputeClient,
  options: CreateServerGroupOptions,
  signal?: AbortSignal,
): Promise<ServerGroup> {
  const response = await client.service.request(
    buildCreateServerGroupRequest(options, client.microversion),
    signal,
  );
  return parseServerGroup(expectObject(response.body, '$').server_group, '$.server_group');
}

/**
 * @param client - The compute client.
 * @param id - The group id.
 * @param signal - Aborts the request.
 * @returns Once deleted.
 */
export async function deleteServerGroup(
  client: ComputeClient,
  id: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.service.request(buildDeleteServerGroupRequest(id), signal);
}
