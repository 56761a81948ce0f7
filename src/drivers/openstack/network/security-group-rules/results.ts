import { ResponseShapeError } from '../../../../errors/response-shape-error.ts';
import {
  expectId,
  expectObject,
  expectString,
  optionalId,
  optionalNumber,
  optionalString,
} from '../../../../shape/expect.ts';
import type { SecurityGroupRule } from './types.ts';

/**
 * Parses one security group rule.
 *
 * @param raw - The rule object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed rule.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 * @remarks A missing `ethertype` (older Nova security-group proxies, libcloud's fixtures) is Neutron's default,
 * `IPv4`; numeric ids become strings.
 */
export function parseSecurityGroupRule(raw: unknown, path = '$'): SecurityGroupRule {
  const o = expectObject(raw, path);
  const direction = expectString(o.direction, `${path}.direction`);
  if (direction !== 'ingress' && direction !== 'egress') {
    throw new ResponseShapeError(`${path}.direction`, "'ingress' or 'egress'", direction);
  }
  const protocol = o.protocol;
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    securityGroupId: expectId(o.security_group_id, `${path}.security_group_id`),
    direction,
    ethertype: optionalString(o.ethertype, `${path}.ethertype`) ?? 'IPv4',
    protocol: typeof protocol === 'number' ? String(protocol) : optionalString(protocol, `${path}.protocol`),
    portRangeMin: optionalNumber(o.port_range_min, `${path}.port_range_min`),
    portRangeMax: optionalNumber(o.port_range_max, `${path}.port_range_max`),
    remoteIpPrefix: optionalString(o.remote_ip_prefix, `${path}.remote_ip_prefix`),
    remoteGroupId: optionalId(o.remote_group_id, `${path}.remote_group_id`),
    description: optionalString(o.description, `${path}.description`),
  });
}
