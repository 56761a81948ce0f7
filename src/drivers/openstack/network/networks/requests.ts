import type { ServiceRequest } from '../../service-client.ts';
import {
  buildNeutronCreateRequest,
  buildNeutronListRequest,
  buildNeutronUpdateRequest,
  defined,
} from '../resource.ts';
import type { CreateNetworkOptions, ListNetworksOptions, UpdateNetworkOptions } from './types.ts';

/**
 * Builds the first page of `GET /v2.0/networks`.
 *
 * @param options - Filters and page size.
 * @returns The request.
 */
export function buildListNetworksRequest(options: ListNetworksOptions = {}): ServiceRequest {
  const filters = {
    name: options.name,
    'router:external': options.external,
    shared: options.shared,
    project_id: options.projectId,
    status: options.status,
  };
  return buildNeutronListRequest('networks', filters, options.pageSize);
}

/**
 * Builds `POST /v2.0/networks`.
 *
 * @param options - The new network.
 * @returns The request.
 */
export function buildCreateNetworkRequest(options: CreateNetworkOptions): ServiceRequest {
  const body = defined({
    name: options.name,
    admin_state_up: options.adminStateUp,
    shared: options.shared,
    'router:external': options.external,
    description: options.description,
    mtu: options.mtu,
  });
  return buildNeutronCreateRequest({ collection: 'networks', key: 'network' }, body);
}

/**
 * Builds `PUT /v2.0/networks/{id}`.
 *
 * @param id - The network UUID.
 * @param options - What to change.
 * @returns The request.
 */
export function buildUpdateNetworkRequest(id: string, options: UpdateNetworkOptions): ServiceRequest {
  const body = defined({
    name: options.name,
    admin_state_up: options.adminStateUp,
    description: options.description,
  });
  return buildNeutronUpdateRequest({ collection: 'networks', key: 'network' }, id, body);
}
