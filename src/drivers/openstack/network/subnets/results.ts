import {
  expectArray,
  expectId,
  expectNumber,
  expectObject,
  expectString,
  optionalId,
  optionalString,
} from '../../../../shape/expect.ts';
import { flag, stringList, tagList } from '../shape.ts';
import type { AllocationPool, Subnet } from './types.ts';

/**
 * Parses one Neutron subnet.
 *
 * @param raw - The subnet object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed subnet.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseSubnet(raw: unknown, path = '$'): Subnet {
  const o = expectObject(raw, path);
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    tags: tagList(o.tags, `${path}.tags`),
    name: optionalString(o.name, `${path}.name`) ?? '',
    networkId: expectId(o.network_id, `${path}.network_id`),
    cidr: expectString(o.cidr, `${path}.cidr`),
    ipVersion: expectNumber(o.ip_version, `${path}.ip_version`),
    gatewayIp: optionalString(o.gateway_ip, `${path}.gateway_ip`),
    enableDhcp: flag(o.enable_dhcp, `${path}.enable_dhcp`, true),
    allocationPools: parsePools(o.allocation_pools, `${path}.allocation_pools`),
    dnsNameservers: stringList(o.dns_nameservers, `${path}.dns_nameservers`),
    projectId: optionalId(o.project_id ?? o.tenant_id, `${path}.project_id`),
  });
}

function parsePools(value: unknown, path: string): readonly AllocationPool[] {
  if (value === undefined || value === null) return Object.freeze([]);
  return Object.freeze(
    expectArray(value, path).map((raw, i) => {
      const pool = expectObject(raw, `${path}[${i}]`);
      return Object.freeze({
        start: expectString(pool.start, `${path}[${i}].start`),
        end: expectString(pool.end, `${path}[${i}].end`),
      });
    }),
  );
}
