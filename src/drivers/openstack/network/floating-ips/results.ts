import {
  expectId,
  expectObject,
  expectString,
  optionalId,
  optionalString,
} from '../../../../shape/expect.ts';
import { tagList } from '../shape.ts';
import type { FloatingIp } from './types.ts';

/**
 * Parses one floating IP; the server comes from `port_details` when the cloud sends it.
 *
 * @param raw - The floating IP object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed floating IP.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseFloatingIp(raw: unknown, path = '$'): FloatingIp {
  const o = expectObject(raw, path);
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    tags: tagList(o.tags, `${path}.tags`),
    floatingIpAddress: expectString(o.floating_ip_address, `${path}.floating_ip_address`),
    floatingNetworkId: expectId(o.floating_network_id, `${path}.floating_network_id`),
    portId: optionalId(o.port_id, `${path}.port_id`),
    fixedIpAddress: optionalString(o.fixed_ip_address, `${path}.fixed_ip_address`),
    routerId: optionalId(o.router_id, `${path}.router_id`),
    status: expectString(o.status, `${path}.status`),
    projectId: optionalId(o.project_id ?? o.tenant_id, `${path}.project_id`),
    description: optionalString(o.description, `${path}.description`),
    serverId: serverOf(o.port_details, `${path}.port_details`),
  });
}

function serverOf(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const details = expectObject(value, path);
  const owner = optionalString(details.device_owner, `${path}.device_owner`) ?? '';
  const device = optionalId(details.device_id, `${path}.device_id`);
  return owner.startsWith('compute:') && device !== '' ? device : undefined;
}
