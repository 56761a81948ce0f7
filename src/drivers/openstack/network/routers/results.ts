import {
  expectArray,
  expectId,
  expectObject,
  expectString,
  optionalId,
  optionalString,
} from '../../../../shape/expect.ts';
import { flag, tagList } from '../shape.ts';
import type { ExternalGateway, Router, RouterInterface } from './types.ts';

/**
 * Parses one Neutron router.
 *
 * @param raw - The router object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed router.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseRouter(raw: unknown, path = '$'): Router {
  const o = expectObject(raw, path);
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    tags: tagList(o.tags, `${path}.tags`),
    name: optionalString(o.name, `${path}.name`) ?? '',
    status: expectString(o.status, `${path}.status`),
    adminStateUp: flag(o.admin_state_up, `${path}.admin_state_up`, true),
    externalGateway: parseGateway(o.external_gateway_info, `${path}.external_gateway_info`),
    projectId: optionalId(o.project_id ?? o.tenant_id, `${path}.project_id`),
    description: optionalString(o.description, `${path}.description`),
  });
}

function parseGateway(value: unknown, path: string): ExternalGateway | undefined {
  if (value === undefined || value === null) return undefined;
  const o = expectObject(value, path);
  if (o.network_id === undefined || o.network_id === null) return undefined;
  const ips = o.external_fixed_ips === undefined || o.external_fixed_ips === null ? [] : o.external_fixed_ips;
  return Object.freeze({
    networkId: expectId(o.network_id, `${path}.network_id`),
    enableSnat: o.enable_snat === undefined ? undefined : flag(o.enable_snat, `${path}.enable_snat`, true),
    externalFixedIps: Object.freeze(
      expectArray(ips, `${path}.external_fixed_ips`).map((raw, i) => {
        const ip = expectObject(raw, `${path}.external_fixed_ips[${i}]`);
        return Object.freeze({
          subnetId: expectId(ip.subnet_id, `${path}.external_fixed_ips[${i}].subnet_id`),
          ipAddress: expectString(ip.ip_address, `${path}.external_fixed_ips[${i}].ip_address`),
        });
      }),
    ),
  });
}

/**
 * Parses the answer to add/remove router interface.
 *
 * @param raw - The body.
 * @returns Router, port and subnet ids.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseRouterInterface(raw: unknown): RouterInterface {
  const o = expectObject(raw, '$');
  const subnetId = optionalId(o.subnet_id, '$.subnet_id');
  const subnetIds = o.subnet_ids === undefined ? [] : expectArray(o.subnet_ids, '$.subnet_ids');
  return Object.freeze({
    routerId: expectId(o.id, '$.id'),
    portId: expectId(o.port_id, '$.port_id'),
    subnetId: subnetId ?? expectId(subnetIds[0], '$.subnet_ids[0]'),
  });
}
