import { CloudError } from '../../../../errors/cloud-error.ts';
import { collect } from '../../find.ts';
import type { ServiceClient } from '../../service-client.ts';
import { listPorts } from '../ports/operations.ts';
import type { Port } from '../ports/types.ts';
import { attachFloatingIp, listFloatingIps } from './operations.ts';
import type { AttachToServerOptions, FloatingIp } from './types.ts';

/**
 * Attaches a floating IP to a server's port on a chosen network (libcloud only ever used the first port):
 * one port list, then one update.
 *
 * @param client - The network service.
 * @param id - The floating IP UUID.
 * @param serverId - The server UUID.
 * @param options - The network of the port to use, and the address.
 * @param signal - Aborts the requests.
 * @returns The attached floating IP.
 * @throws {@link "index"!CloudError} `ERR_NO_PORTS` when the server has no port (on that network), `ERR_AMBIGUOUS`
 *   when it has ports on several networks and none was chosen.
 */
export async function attachFloatingIpToServer(
  client: ServiceClient,
  id: string,
  serverId: string,
  options: AttachToServerOptions = {},
  signal?: AbortSignal,
): Promise<FloatingIp> {
  const ports = await collect(
    listPorts(client, { deviceId: serverId, networkId: options.networkId }, signal),
  );
  const port = pickPort(ports, serverId, options.networkId);
  const address =
    options.fixedIpAddress ?? port.fixedIps.find((ip) => !ip.ipAddress.includes(':'))?.ipAddress;
  return attachFloatingIp(client, id, port.id, address, signal);
}

function pickPort(ports: readonly Port[], serverId: string, networkId: string | undefined): Port {
  const [first] = ports;
  const where = networkId === undefined ? '' : ` on network ${networkId}`;
  if (first === undefined) {
    throw new CloudError(
      `Server ${serverId} has no port${where}; is it ACTIVE on that network?`,
      'ERR_NO_PORTS',
    );
  }
  const networks = new Set(ports.map((p) => p.networkId));
  if (networks.size > 1) {
    throw new CloudError(
      `Server ${serverId} has ports on ${networks.size} networks (${[...networks].join(', ')}); ` +
        'pass networkId to choose one',
      'ERR_AMBIGUOUS',
    );
  }
  return first;
}

/**
 * Lists the floating IPs attached to a server: exactly two list requests (its ports, then the floating IPs
 * of all those ports at once), never one per port.
 *
 * @param client - The network service.
 * @param serverId - The server UUID.
 * @param signal - Aborts the requests.
 * @returns The server's floating IPs.
 */
export async function listServerFloatingIps(
  client: ServiceClient,
  serverId: string,
  signal?: AbortSignal,
): Promise<FloatingIp[]> {
  const ports = await collect(listPorts(client, { deviceId: serverId }, signal));
  if (ports.length === 0) return [];
  return collect(listFloatingIps(client, { portIds: ports.map((p) => p.id) }, signal));
}
