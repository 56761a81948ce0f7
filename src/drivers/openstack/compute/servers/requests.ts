import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { QueryValue } from '../../../../transport/types.ts';
import { type Microversion, requireMicroversion } from '../../microversion.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { segment } from '../path-segment.ts';
import type { ListServersOptions } from './types.ts';

function pageSize(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigurationError(`\`pageSize\` must be a positive integer, got ${value}`);
  }
  return value;
}

/**
 * Builds the first page request of the detailed server list; every filter goes to Nova.
 *
 * @param options - Filters and page size.
 * @param microversion - The negotiated microversion (tag filters need 2.26).
 * @returns The request for `GET /servers/detail`.
 * @throws {@link "index"!NotSupportedError} for tag filters before 2.26.
 * @throws {@link "index"!ConfigurationError} for a bad page size.
 */
export function buildListServersRequest(
  options: ListServersOptions,
  microversion: Microversion,
): ServiceRequest {
  if (options.tags || options.tagsAny) requireMicroversion(microversion, '2.26', 'Filtering servers by tag');
  const since =
    options.changesSince instanceof Date ? options.changesSince.toISOString() : options.changesSince;
  const query: Record<string, QueryValue> = {
    name: options.name,
    status: options.status,
    ip: options.ip,
    ip6: options.ip6,
    tags: options.tags?.join(','),
    'tags-any': options.tagsAny?.join(','),
    'changes-since': since,
    flavor: options.flavor,
    image: options.image,
    availability_zone: options.availabilityZone,
    all_tenants: options.allProjects ? 'True' : undefined,
    limit: pageSize(options.pageSize),
  };
  return { method: 'GET', path: 'servers/detail', query, expect: [200] };
}

/**
 * @param id - The server id.
 * @returns The request for `GET /servers/{id}`.
 */
export function buildGetServerRequest(id: string): ServiceRequest {
  return { method: 'GET', path: `servers/${segment(id, 'server id')}`, expect: [200] };
}

/**
 * @param id - The server id.
 * @returns The request for `DELETE /servers/{id}`.
 */
export function buildDeleteServerRequest(id: string): ServiceRequest {
  return { method: 'DELETE', path: `servers/${segment(id, 'server id')}`, expect: [204] };
}

/** The fields of a server that can be changed in place. */
export interface UpdateServerOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** A new description (2.19+). */
  readonly description?: string | undefined;
  /** A new `accessIPv4`. */
  readonly accessIPv4?: string | undefined;
  /** A new `accessIPv6`. */
  readonly accessIPv6?: string | undefined;
  /** A new hostname (2.90+). */
  readonly hostname?: string | undefined;
}

/**
 * @param id - The server id.
 * @param options - The fields to change (at least one).
 * @param microversion - The negotiated microversion.
 * @returns The request for `PUT /servers/{id}`.
 * @throws {@link "index"!ConfigurationError} when no field is given.
 * @throws {@link "index"!NotSupportedError} for `description` before 2.19 or `hostname` before 2.90.
 */
export function buildUpdateServerRequest(
  id: string,
  options: UpdateServerOptions,
  microversion: Microversion,
): ServiceRequest {
  if (options.description !== undefined) requireMicroversion(microversion, '2.19', 'A server description');
  if (options.hostname !== undefined) requireMicroversion(microversion, '2.90', 'Changing the hostname');
  const server = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  if (Object.keys(server).length === 0) {
    throw new ConfigurationError(
      'updateServer needs at least one of name, description, accessIPv4, accessIPv6, hostname',
    );
  }
  return { method: 'PUT', path: `servers/${segment(id, 'server id')}`, json: { server }, expect: [200] };
}
