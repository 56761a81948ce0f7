import { type Microversion, requireMicroversion } from '../../microversion.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { nonEmptyId, segment } from '../path-segment.ts';
import type { AttachInterfaceOptions } from './types.ts';

function base(serverId: string): string {
  return `servers/${segment(serverId, 'server id')}/os-interface`;
}

/**
 * @param serverId - The server id.
 * @returns The request for `GET /servers/{id}/os-interface`.
 */
export function buildListInterfacesRequest(serverId: string): ServiceRequest {
  return { method: 'GET', path: base(serverId), expect: [200] };
}

/**
 * @param serverId - The server id.
 * @param options - A port, or a network and fixed IP.
 * @param mv - The negotiated microversion.
 * @returns The request for `POST /servers/{id}/os-interface`.
 */
export function buildAttachInterfaceRequest(
  serverId: string,
  options: AttachInterfaceOptions,
  mv: Microversion,
): ServiceRequest {
  if (options.tag !== undefined) requireMicroversion(mv, '2.49', 'An interface tag');
  const interfaceAttachment =
    'portId' in options
      ? { port_id: nonEmptyId(options.portId, 'port id'), tag: options.tag }
      : {
          net_id: nonEmptyId(options.networkId, 'network id'),
          fixed_ips: options.fixedIp === undefined ? undefined : [{ ip_address: options.fixedIp }],
          tag: options.tag,
        };
  return { method: 'POST', path: base(serverId), json: { interfaceAttachment }, expect: [200] };
}

/**
 * @param serverId - The server id.
 * @param portId - The port to detach.
 * @returns The request for `DELETE /servers/{id}/os-interface/{port}`.
 */
export function buildDetachInterfaceRequest(serverId: string, portId: string): ServiceRequest {
  return { method: 'DELETE', path: `${base(serverId)}/${segment(portId, 'port id')}`, expect: [202] };
}
