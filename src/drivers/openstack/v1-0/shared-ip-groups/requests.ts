import { isIP } from 'node:net';
import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { checkText } from '../wire/args.ts';
import { checkV10Id, idValue } from '../wire/ids.ts';
import { v10ListQuery } from '../wire/pagination.ts';
import type {
  CreateV10SharedIpGroupOptions,
  ListV10SharedIpGroupsOptions,
  ShareV10IpOptions,
} from './types.ts';

/** The statuses the 1.0 API documents for reads (203 is a cached, non-authoritative answer). */
const READ_OK = [200, 203] as const;

/**
 * Builds the first page of `GET /shared_ip_groups` or `GET /shared_ip_groups/detail`.
 *
 * @param detail - `true` to include each group's servers.
 * @param options - `changesSince` and page size.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for bad options.
 */
export function buildListSharedIpGroupsRequest(
  detail: boolean,
  options: ListV10SharedIpGroupsOptions = {},
): ServiceRequest {
  const path = detail ? 'shared_ip_groups/detail' : 'shared_ip_groups';
  return { method: 'GET', path, query: v10ListQuery(options), expect: READ_OK };
}

/**
 * Builds `GET /shared_ip_groups/{id}`.
 *
 * @param id - The group's numeric id.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} when the id is not numeric.
 */
export function buildGetSharedIpGroupRequest(id: string): ServiceRequest {
  return { method: 'GET', path: `shared_ip_groups/${checkV10Id(id, 'sharedIpGroupId')}`, expect: READ_OK };
}

/**
 * Builds `POST /shared_ip_groups`.
 *
 * @param options - The name and, optionally, a first server.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for an empty name or a bad server id.
 */
export function buildCreateSharedIpGroupRequest(options: CreateV10SharedIpGroupOptions): ServiceRequest {
  const sharedIpGroup = {
    name: checkText(options.name, 'name'),
    server: options.serverId === undefined ? undefined : idValue(checkV10Id(options.serverId, 'serverId')),
  };
  return { method: 'POST', path: 'shared_ip_groups', json: { sharedIpGroup }, expect: [200, 201, 202] };
}

/**
 * Builds `DELETE /shared_ip_groups/{id}` (the group must be empty).
 *
 * @param id - The group's numeric id.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} when the id is not numeric.
 */
export function buildDeleteSharedIpGroupRequest(id: string): ServiceRequest {
  return {
    method: 'DELETE',
    path: `shared_ip_groups/${checkV10Id(id, 'sharedIpGroupId')}`,
    expect: [202, 204],
  };
}

/**
 * Builds `PUT /servers/{id}/ips/public/{address}`: share a group's address with a server.
 *
 * @param options - Group, server, address and whether the cloud configures the server.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a bad id or an address that is not an IP address.
 */
export function buildShareIpRequest(options: ShareV10IpOptions): ServiceRequest {
  const shareIp = {
    sharedIpGroupId: idValue(checkV10Id(options.sharedIpGroupId, 'sharedIpGroupId')),
    configureServer: options.configureServer ?? true,
  };
  return {
    method: 'PUT',
    path: publicIpPath(options.serverId, options.address),
    json: { shareIp },
    expect: [202],
  };
}

/**
 * Builds `DELETE /servers/{id}/ips/public/{address}`: stop sharing an address with a server.
 *
 * @param serverId - The server's numeric id.
 * @param address - The shared public address.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a bad id or an address that is not an IP address.
 */
export function buildUnshareIpRequest(serverId: string, address: string): ServiceRequest {
  return { method: 'DELETE', path: publicIpPath(serverId, address), expect: [202, 204] };
}

function publicIpPath(serverId: string, address: string): string {
  if (typeof address !== 'string' || isIP(address) === 0) {
    throw new ConfigurationError(
      `address must be an IPv4 or IPv6 address, e.g. "67.23.10.132"; got ${JSON.stringify(address)}`,
    );
  }
  return `servers/${checkV10Id(serverId, 'serverId')}/ips/public/${encodeURIComponent(address)}`;
}
