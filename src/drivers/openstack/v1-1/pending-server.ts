import { hideSecrets } from '../../../transport/hide-secrets.ts';
import type { Server } from '../compute/servers/types.ts';

/**
 * The server record a create implies before it is fetched: the id and name Nova answered with, status BUILD.
 *
 * @param id - The new server id.
 * @param name - The name it was created with.
 * @returns A server record with every other field unknown.
 */
export function pendingServer(id: string, name: string): Server {
  return {
    id,
    name,
    status: 'BUILD',
    tenantId: undefined,
    userId: undefined,
    imageId: undefined,
    flavor: undefined,
    addresses: {},
    metadata: {},
    keyName: undefined,
    availabilityZone: undefined,
    created: undefined,
    updated: undefined,
    taskState: undefined,
    vmState: undefined,
    powerState: undefined,
    progress: undefined,
    securityGroups: [],
    volumeIds: [],
    tags: [],
    locked: undefined,
    lockedReason: undefined,
    description: undefined,
    hostId: undefined,
    accessIPv4: undefined,
    accessIPv6: undefined,
    fault: undefined,
  };
}

/**
 * Adds the admin password Nova generated at create time to the server record, hidden from printing.
 *
 * @param server - The created server.
 * @param password - `adminPass` from the create answer, if any.
 * @returns The server with `password`, whose `util.inspect` and `JSON.stringify` show a fingerprint only.
 */
export function withPassword(server: Server, password: string | undefined): Server {
  if (password === undefined) return server;
  return Object.freeze(hideSecrets({ ...server, password }, ['password']));
}
