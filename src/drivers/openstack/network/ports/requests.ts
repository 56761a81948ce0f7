import type { ServiceRequest } from '../../service-client.ts';
import {
  buildNeutronCreateRequest,
  buildNeutronListRequest,
  buildNeutronUpdateRequest,
  defined,
} from '../resource.ts';
import type { CreatePortOptions, ListPortsOptions, UpdatePortOptions } from './types.ts';

const PORT = { collection: 'ports', key: 'port' } as const;

/**
 * Builds the first page of `GET /v2.0/ports`.
 *
 * @param options - Filters and page size.
 * @returns The request.
 */
export function buildListPortsRequest(options: ListPortsOptions = {}): ServiceRequest {
  const filters = {
    network_id: options.networkId,
    device_id: options.deviceId,
    device_owner: options.deviceOwner,
    name: options.name,
    mac_address: options.macAddress,
    id: options.ids,
  };
  return buildNeutronListRequest('ports', filters, options.pageSize);
}

/**
 * Builds `POST /v2.0/ports`.
 *
 * @param options - The new port.
 * @returns The request.
 */
export function buildCreatePortRequest(options: CreatePortOptions): ServiceRequest {
  const fixedIps = options.fixedIps?.map((ip) =>
    defined({ subnet_id: ip.subnetId, ip_address: ip.ipAddress }),
  );
  const body = defined({
    network_id: options.networkId,
    name: options.name,
    fixed_ips: fixedIps,
    security_groups: options.securityGroupIds,
    admin_state_up: options.adminStateUp,
  });
  return buildNeutronCreateRequest(PORT, body);
}

/**
 * Builds `PUT /v2.0/ports/{id}`.
 *
 * @param id - The port UUID.
 * @param options - What to change.
 * @returns The request.
 */
export function buildUpdatePortRequest(id: string, options: UpdatePortOptions): ServiceRequest {
  const body = defined({
    name: options.name,
    security_groups: options.securityGroupIds,
    admin_state_up: options.adminStateUp,
  });
  return buildNeutronUpdateRequest(PORT, id, body);
}
