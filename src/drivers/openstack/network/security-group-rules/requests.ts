import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { buildNeutronCreateRequest, buildNeutronListRequest, defined } from '../resource.ts';
import type { CreateSecurityGroupRuleOptions, ListSecurityGroupRulesOptions } from './types.ts';

/**
 * Builds the first page of `GET /v2.0/security-group-rules`.
 *
 * @param options - Filters and page size.
 * @returns The request.
 */
export function buildListSecurityGroupRulesRequest(
  options: ListSecurityGroupRulesOptions = {},
): ServiceRequest {
  const filters = {
    security_group_id: options.securityGroupId,
    direction: options.direction,
    protocol: options.protocol,
  };
  return buildNeutronListRequest('security-group-rules', filters, options.pageSize);
}

/**
 * Builds `POST /v2.0/security-group-rules`.
 *
 * @param options - The rule.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for an inverted or out-of-range port range, or both remote kinds.
 */
export function buildCreateSecurityGroupRuleRequest(options: CreateSecurityGroupRuleOptions): ServiceRequest {
  const min = options.portRangeMin;
  const max = options.portRangeMax ?? min;
  for (const [name, port] of [
    ['portRangeMin', min],
    ['portRangeMax', max],
  ] as const) {
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
      throw new ConfigurationError(`createSecurityGroupRule: ${name} ${port} is not a port number (0–65535)`);
    }
  }
  if (min !== undefined && max !== undefined && max < min) {
    throw new ConfigurationError(`createSecurityGroupRule: portRangeMax ${max} is below portRangeMin ${min}`);
  }
  if (options.remoteIpPrefix !== undefined && options.remoteGroupId !== undefined) {
    throw new ConfigurationError('createSecurityGroupRule: pass remoteIpPrefix or remoteGroupId, not both');
  }
  const body = defined({
    security_group_id: options.securityGroupId,
    direction: options.direction ?? 'ingress',
    ethertype: options.ethertype ?? 'IPv4',
    protocol: options.protocol,
    port_range_min: min,
    port_range_max: max,
    remote_ip_prefix: options.remoteIpPrefix,
    remote_group_id: options.remoteGroupId,
    description: options.description,
  });
  return buildNeutronCreateRequest({ collection: 'security-group-rules', key: 'security_group_rule' }, body);
}
