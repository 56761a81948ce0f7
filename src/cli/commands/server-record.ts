// How the server commands print a server, the way the `openstack` CLI does.
import type { Server } from '../../drivers/openstack/compute/servers/types.ts';

/**
 * Formats addresses like the `openstack` CLI: `net1=10.0.0.5, 203.0.113.9; net2=…`.
 *
 * @param server - The server.
 * @returns The text.
 */
export function formatAddresses(server: Server): string {
  return Object.entries(server.addresses)
    .map(([net, list]) => `${net}=${list.map((a) => a.addr).join(', ')}`)
    .join('; ');
}

/**
 * @param server - The server.
 * @returns Addresses by network, as `openstack server show -f json` prints them.
 */
export function addressMap(server: Server): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(server.addresses).map(([net, list]) => [net, list.map((a) => a.addr)]),
  );
}

/**
 * The record `server show` prints.
 *
 * @param server - The server.
 * @returns Its fields in display order.
 */
export function serverRecord(server: Server): Record<string, unknown> {
  return {
    id: server.id,
    name: server.name,
    status: server.status,
    addresses: addressMap(server),
    flavor: server.flavor?.originalName ?? server.flavor?.id,
    image: server.imageId ?? 'N/A (booted from volume)',
    key_name: server.keyName,
    availability_zone: server.availabilityZone,
    security_groups: server.securityGroups,
    metadata: server.metadata,
    tags: server.tags,
    locked: server.locked,
    task_state: server.taskState,
    vm_state: server.vmState,
    created: server.created,
    updated: server.updated,
    fault: server.fault?.message,
  };
}
