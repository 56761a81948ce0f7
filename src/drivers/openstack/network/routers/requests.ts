import type { ServiceRequest } from '../../service-client.ts';
import {
  buildNeutronCreateRequest,
  buildNeutronListRequest,
  buildNeutronUpdateRequest,
  defined,
} from '../resource.ts';
import type {
  CreateRouterOptions,
  ListRoutersOptions,
  RouterInterfaceTarget,
  UpdateRouterOptions,
} from './types.ts';

const ROUTER = { collection: 'routers', key: 'router' } as const;

/**
 * Builds the first page of `GET /v2.0/routers`.
 *
 * @param options - Filters and page size.
 * @returns The request.
 */
export function buildListRoutersRequest(options: ListRoutersOptions = {}): ServiceRequest {
  return buildNeutronListRequest(
    'routers',
    { name: options.name, project_id: options.projectId },
    options.pageSize,
  );
}

/**
 * Builds `POST /v2.0/routers`.
 *
 * @param options - The new router and, optionally, its external gateway.
 * @returns The request.
 */
export function buildCreateRouterRequest(options: CreateRouterOptions): ServiceRequest {
  const gateway =
    options.externalNetworkId === undefined ? undefined : { network_id: options.externalNetworkId };
  const body = defined({
    name: options.name,
    external_gateway_info: gateway,
    admin_state_up: options.adminStateUp,
    description: options.description,
  });
  return buildNeutronCreateRequest(ROUTER, body);
}

/**
 * Builds `PUT /v2.0/routers/{id}`; `externalNetworkId: null` clears the gateway.
 *
 * @param id - The router UUID.
 * @param options - What to change.
 * @returns The request.
 */
export function buildUpdateRouterRequest(id: string, options: UpdateRouterOptions): ServiceRequest {
  let gateway: unknown;
  if (options.externalNetworkId === null) gateway = {};
  else if (options.externalNetworkId !== undefined) gateway = { network_id: options.externalNetworkId };
  const body = defined({
    name: options.name,
    external_gateway_info: gateway,
    admin_state_up: options.adminStateUp,
  });
  return buildNeutronUpdateRequest(ROUTER, id, body);
}

/**
 * Builds `PUT /v2.0/routers/{id}/add_router_interface` or `…/remove_router_interface`.
 *
 * @param id - The router UUID.
 * @param action - Add or remove.
 * @param target - A subnet or a port.
 * @returns The request.
 */
export function buildRouterInterfaceRequest(
  id: string,
  action: 'add' | 'remove',
  target: RouterInterfaceTarget,
): ServiceRequest {
  const json = 'subnetId' in target ? { subnet_id: target.subnetId } : { port_id: target.portId };
  return {
    method: 'PUT',
    path: `routers/${encodeURIComponent(id)}/${action}_router_interface`,
    json,
    expect: [200],
  };
}
