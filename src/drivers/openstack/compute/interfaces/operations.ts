import { expectObject } from '../../../../shape/expect.ts';
import { paginate } from '../../pagination.ts';
import type { ComputeClient } from '../client.ts';
import {
  buildAttachInterfaceRequest,
  buildDetachInterfaceRequest,
  buildListInterfacesRequest,
} from './requests.ts';
import { parseServerInterface } from './results.ts';
import type { AttachInterfaceOptions, ServerInterface } from './types.ts';

/**
 * @param client - The compute client.
 * @param serverId - The server id.
 * @param signal - Aborts the request.
 * @returns The server's interfaces.
 */
export function listServerInterfaces(
  client: ComputeClient,
  serverId: string,
  signal?: AbortSignal,
): AsyncGenerator<ServerInterface, void, undefined> {
  return paginate(
    client.service,
    buildListInterfacesRequest(serverId),
    { itemsKey: 'interfaceAttachments', parse: parseServerInterface, next: () => undefined },
    signal,
  );
}

/**
 * @param client - The compute client.
 * @param serverId - The server id.
 * @param options - A port, or a network and fixed IP.
 * @param signal - Aborts the request.
 * @returns The new interface.
 */
export async function attachServerInterface(
  client: ComputeClient,
  serverId: string,
  options: AttachInterfaceOptions,
  signal?: AbortSignal,
): Promise<ServerInterface> {
  const request = buildAttachInterfaceRequest(serverId, options, client.microversion);
  const response = await client.service.request(request, signal);
  return parseServerInterface(expectObject(response.body, '$').interfaceAttachment, '$.interfaceAttachment');
}

/**
 * @param client - The compute client.
 * @param serverId - The server id.
 * @param portId - The port to detach.
 * @param signal - Aborts the request.
 * @returns Once Nova accepted the detachment.
 */
export async function detachServerInterface(
  client: ComputeClient,
  serverId: string,
  portId: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.service.request(buildDetachInterfaceRequest(serverId, portId), signal);
}
