import {
  expectArray,
  expectId,
  expectObject,
  expectString,
  optionalId,
  optionalString,
} from '../../../../shape/expect.ts';
import { flag, idList, tagList } from '../shape.ts';
import type { FixedIp, Port } from './types.ts';

/**
 * Parses one Neutron port.
 *
 * @param raw - The port object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed port.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parsePort(raw: unknown, path = '$'): Port {
  const o = expectObject(raw, path);
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    tags: tagList(o.tags, `${path}.tags`),
    name: optionalString(o.name, `${path}.name`) ?? '',
    networkId: expectId(o.network_id, `${path}.network_id`),
    macAddress: expectString(o.mac_address, `${path}.mac_address`),
    status: expectString(o.status, `${path}.status`),
    deviceId: optionalId(o.device_id, `${path}.device_id`) ?? '',
    deviceOwner: optionalString(o.device_owner, `${path}.device_owner`) ?? '',
    fixedIps: parseFixedIps(o.fixed_ips, `${path}.fixed_ips`),
    securityGroupIds: idList(o.security_groups, `${path}.security_groups`),
    adminStateUp: flag(o.admin_state_up, `${path}.admin_state_up`, true),
    projectId: optionalId(o.project_id ?? o.tenant_id, `${path}.project_id`),
  });
}

function parseFixedIps(value: unknown, path: string): readonly FixedIp[] {
  if (value === undefined || value === null) return Object.freeze([]);
  return Object.freeze(
    expectArray(value, path).map((raw, i) => {
      const ip = expectObject(raw, `${path}[${i}]`);
      return Object.freeze({
        subnetId: expectId(ip.subnet_id, `${path}[${i}].subnet_id`),
        ipAddress: expectString(ip.ip_address, `${path}[${i}].ip_address`),
      });
    }),
  );
}
