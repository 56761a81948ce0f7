import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import { atLeast, type Microversion, requireMicroversion } from '../../microversion.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { segment } from '../path-segment.ts';
import type { CreateServerGroupOptions } from './types.ts';

/**
 * @param pageSize - Page size (Nova pages server groups by `limit`/`offset`).
 * @returns The first page request of `GET /os-server-groups`.
 */
export function buildListServerGroupsRequest(pageSize?: number): ServiceRequest {
  return { method: 'GET', path: 'os-server-groups', query: { limit: pageSize }, expect: [200] };
}

/**
 * @param id - The group id.
 * @returns The request for `GET /os-server-groups/{id}`.
 */
export function buildGetServerGroupRequest(id: string): ServiceRequest {
  return { method: 'GET', path: `os-server-groups/${segment(id, 'server group id')}`, expect: [200] };
}

/**
 * @param id - The group id.
 * @returns The request for `DELETE /os-server-groups/{id}`.
 */
export function buildDeleteServerGroupRequest(id: string): ServiceRequest {
  return { method: 'DELETE', path: `os-server-groups/${segment(id, 'server group id')}`, expect: [204] };
}

/**
 * Builds `POST /os-server-groups`: `policy` + `rules` from 2.64, `policies: [...]` before.
 *
 * @param options - Name, policy and rules.
 * @param mv - The negotiated microversion.
 * @returns The request.
 */
export function buildCreateServerGroupRequest(
  options: CreateServerGroupOptions,
  mv: Microversion,
): ServiceRequest {
  if (!options.name) throw new ConfigurationError('`name` is required to create a server group');
  if (options.policy.startsWith('soft')) requireMicroversion(mv, '2.15', `The ${options.policy} policy`);
  if (options.maxServerPerHost !== undefined) requireMicroversion(mv, '2.64', 'max_server_per_host');
  const rules =
    options.maxServerPerHost === undefined ? undefined : { max_server_per_host: options.maxServerPerHost };
  const server_group = atLeast(mv, '2.64')
    ? { name: options.name, policy: options.policy, rules }
    : { name: options.name, policies: [options.policy] };
  return { method: 'POST', path: 'os-server-groups', json: { server_group }, expect: [200] };
}
