import {
  expectArray,
  expectId,
  expectObject,
  expectString,
  optionalString,
} from '../../../../shape/expect.ts';
import type { ServerInterface } from './types.ts';

/**
 * @param raw - One `interfaceAttachment` object.
 * @param path - Its JSON path.
 * @returns The interface.
 */
export function parseServerInterface(raw: unknown, path: string): ServerInterface {
  const i = expectObject(raw, path);
  const ips =
    i.fixed_ips === undefined || i.fixed_ips === null ? [] : expectArray(i.fixed_ips, `${path}.fixed_ips`);
  return Object.freeze({
    portId: expectId(i.port_id, `${path}.port_id`),
    networkId: expectId(i.net_id, `${path}.net_id`),
    macAddr: optionalString(i.mac_addr, `${path}.mac_addr`),
    portState: optionalString(i.port_state, `${path}.port_state`),
    fixedIps: ips.map((raw2, n) => {
      const ip = expectObject(raw2, `${path}.fixed_ips[${n}]`);
      return {
        subnetId: expectId(ip.subnet_id, `${path}.fixed_ips[${n}].subnet_id`),
        ipAddress: expectString(ip.ip_address, `${path}.fixed_ips[${n}].ip_address`),
      };
    }),
    tag: optionalString(i.tag, `${path}.tag`),
  });
}
