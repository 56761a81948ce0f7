import type { ServiceRequest } from '../../service-client.ts';
import {
  buildNeutronCreateRequest,
  buildNeutronListRequest,
  buildNeutronUpdateRequest,
  defined,
} from '../resource.ts';
import type { AllocateFloatingIpOptions, ListFloatingIpsOptions } from './types.ts';

const FLOATING_IP = { collection: 'floatingips', key: 'floatingip' } as const;

/**
 * Builds the first page of `GET /v2.0/floatingips`.
 *
 * @param options - Filters and page size (`portIds` repeats `port_id`, one request for many ports).
 * @returns The request.
 */
export function buildListFloatingIpsRequest(options: ListFloatingIpsOptions = {}): ServiceRequest {
  const filters = {
    floating_network_id: options.floatingNetworkId,
    port_id: options.portIds,
    floating_ip_address: options.floatingIpAddress,
    status: options.status,
    project_id: options.projectId,
  };
  return buildNeutronListRequest('floatingips', filters, options.pageSize);
}

/**
 * Builds `POST /v2.0/floatingips`.
 *
 * @param options - Pool and, optionally, the port to attach.
 * @returns The request.
 */
export function buildAllocateFloatingIpRequest(options: AllocateFloatingIpOptions): ServiceRequest {
  const body = defined({
    floating_network_id: options.floatingNetworkId,
    port_id: options.portId,
    fixed_ip_address: options.fixedIpAddress,
    floating_ip_address: options.floatingIpAddress,
    description: options.description,
  });
  return buildNeutronCreateRequest(FLOATING_IP, body);
}

/**
 * Builds `PUT /v2.0/floatingips/{id}` attaching to a port, or detaching with `portId: null`.
 *
 * @param id - The floating IP UUID.
 * @param portId - The port, or `null` to detach.
 * @param fixedIpAddress - Which of the port's addresses to map.
 * @returns The request.
 */
export function buildSetFloatingIpPortRequest(
  id: string,
  portId: string | null,
  fixedIpAddress?: string,
): ServiceRequest {
  const body = defined({ port_id: portId, fixed_ip_address: portId === null ? undefined : fixedIpAddress });
  return buildNeutronUpdateRequest(FLOATING_IP, id, body);
}
