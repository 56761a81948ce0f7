import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { ServiceRequest } from '../../service-client.ts';
import {
  buildNeutronCreateRequest,
  buildNeutronListRequest,
  buildNeutronUpdateRequest,
  defined,
} from '../resource.ts';
import type { CreateSubnetOptions, ListSubnetsOptions, UpdateSubnetOptions } from './types.ts';

const SUBNET = { collection: 'subnets', key: 'subnet' } as const;

/**
 * Builds the first page of `GET /v2.0/subnets`.
 *
 * @param options - Filters and page size.
 * @returns The request.
 */
export function buildListSubnetsRequest(options: ListSubnetsOptions = {}): ServiceRequest {
  const filters = {
    network_id: options.networkId,
    name: options.name,
    cidr: options.cidr,
    ip_version: options.ipVersion,
  };
  return buildNeutronListRequest('subnets', filters, options.pageSize);
}

/**
 * Builds `POST /v2.0/subnets`.
 *
 * @param options - The new subnet.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} when `cidr` is not an address/prefix pair.
 */
export function buildCreateSubnetRequest(options: CreateSubnetOptions): ServiceRequest {
  if (!/^[0-9a-fA-F.:]+\/\d{1,3}$/.test(options.cidr)) {
    throw new ConfigurationError(
      `createSubnet: cidr '${options.cidr}' is not a CIDR; pass an address and prefix such as 10.0.0.0/24`,
    );
  }
  const body = defined({
    network_id: options.networkId,
    cidr: options.cidr,
    ip_version: options.ipVersion ?? (options.cidr.includes(':') ? 6 : 4),
    name: options.name,
    gateway_ip: options.gatewayIp,
    enable_dhcp: options.enableDhcp,
    dns_nameservers: options.dnsNameservers,
    allocation_pools: options.allocationPools,
  });
  return buildNeutronCreateRequest(SUBNET, body);
}

/**
 * Builds `PUT /v2.0/subnets/{id}`.
 *
 * @param id - The subnet UUID.
 * @param options - What to change.
 * @returns The request.
 */
export function buildUpdateSubnetRequest(id: string, options: UpdateSubnetOptions): ServiceRequest {
  const body = defined({
    name: options.name,
    enable_dhcp: options.enableDhcp,
    dns_nameservers: options.dnsNameservers,
    gateway_ip: options.gatewayIp,
  });
  return buildNeutronUpdateRequest(SUBNET, id, body);
}
