import {
  expectId,
  expectObject,
  expectString,
  optionalId,
  optionalNumber,
  optionalString,
} from '../../../../shape/expect.ts';
import { flag, idList, tagList } from '../shape.ts';
import type { Network } from './types.ts';

/**
 * Parses one Neutron network.
 *
 * @param raw - The network object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed network.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseNetwork(raw: unknown, path = '$'): Network {
  const o = expectObject(raw, path);
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    tags: tagList(o.tags, `${path}.tags`),
    name: optionalString(o.name, `${path}.name`) ?? '',
    status: expectString(o.status, `${path}.status`),
    adminStateUp: flag(o.admin_state_up, `${path}.admin_state_up`, true),
    shared: flag(o.shared, `${path}.shared`, false),
    external: flag(o['router:external'], `${path}.router:external`, false),
    subnetIds: idList(o.subnets, `${path}.subnets`),
    projectId: optionalId(o.project_id ?? o.tenant_id, `${path}.project_id`),
    mtu: optionalNumber(o.mtu, `${path}.mtu`),
    description: optionalString(o.description, `${path}.description`),
    providerNetworkType: optionalString(o['provider:network_type'], `${path}.provider:network_type`),
  });
}
