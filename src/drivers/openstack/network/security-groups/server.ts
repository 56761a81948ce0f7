import { CloudError } from '../../../../errors/cloud-error.ts';
import { collect } from '../../find.ts';
import type { ServiceClient } from '../../service-client.ts';
import { listPorts, updatePort } from '../ports/operations.ts';
import type { Port } from '../ports/types.ts';

/**
 * Adds a security group to every port of a server (what `openstack server add security group` does through
 * Nova, done directly on Neutron): one port list, then one update per port that lacks the group.
 *
 * @param client - The network service.
 * @param serverId - The server UUID.
 * @param groupId - The security group UUID.
 * @param signal - Aborts the requests.
 * @returns The updated ports.
 * @throws {@link "index"!CloudError} `ERR_NO_PORTS` when the server has no ports.
 */
export async function addSecurityGroupToServer(
  client: ServiceClient,
  serverId: string,
  groupId: string,
  signal?: AbortSignal,
): Promise<Port[]> {
  const ports = await serverPorts(client, serverId, signal);
  const updated: Port[] = [];
  for (const port of ports) {
    if (port.securityGroupIds.includes(groupId)) continue;
    const securityGroupIds = [...port.securityGroupIds, groupId];
    updated.push(await updatePort(client, port.id, { securityGroupIds }, signal));
  }
  return updated;
}

/**
 * Removes a security group from every port of a server.
 *
 * @param client - The network service.
 * @param serverId - The server UUID.
 * @param groupId - The security group UUID.
 * @param signal - Aborts the requests.
 * @returns The updated ports.
 * @throws {@link "index"!CloudError} `ERR_NO_PORTS` when the server has no ports.
 */
export async function removeSecurityGroupFromServer(
  client: ServiceClient,
  serverId: string,
  groupId: string,
  signal?: AbortSignal,
): Promise<Port[]> {
  const ports = await serverPorts(client, serverId, signal);
  const updated: Port[] = [];
  for (const port of ports) {
    if (!port.securityGroupIds.includes(groupId)) continue;
    const securityGroupIds = port.securityGroupIds.filter((id) => id !== groupId);
    updated.push(await updatePort(client, port.id, { securityGroupIds }, signal));
  }
  return updated;
}

async function serverPorts(client: ServiceClient, serverId: string, signal?: AbortSignal): Promise<Port[]> {
  const ports = await collect(listPorts(client, { deviceId: serverId }, signal));
  if (ports.length === 0) {
    throw new CloudError(
      `Server ${serverId} has no Neutron ports; is it ACTIVE and attached to a network?`,
      'ERR_NO_PORTS',
    );
  }
  return ports;
}
