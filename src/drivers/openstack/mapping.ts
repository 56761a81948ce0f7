import type { KeyPair } from '../../compute/models/key-pair.ts';
import type { NodeLocation } from '../../compute/models/location.ts';
import type { Node } from '../../compute/models/node.ts';
import type { NodeSize } from '../../compute/models/size.ts';
import { NodeState } from '../../compute/node-state.ts';
import { hideSecrets } from '../../transport/redact.ts';
import { isPublicAddress } from './address-scope.ts';
import type { AvailabilityZone } from './compute/availability-zones/types.ts';
import type { Flavor } from './compute/flavors/types.ts';
import type { Keypair } from './compute/keypairs/types.ts';
import type { Server } from './compute/servers/types.ts';
import { parseTimestamp } from './timestamp.ts';

/**
 * How Nova statuses map onto {@link "index"!NodeState} (libcloud's table, with shelving and resize made explicit).
 *
 * @remarks Any status not listed maps to `unknown`. `VERIFY_RESIZE` is `running`, as in libcloud: the server
 * runs on its new flavor while it waits for a confirm or a revert, so `waitUntilRunning` returns after a resize.
 */
export const NOVA_STATUS_TO_NODE_STATE: Readonly<Record<string, NodeState>> = Object.freeze({
  ACTIVE: NodeState.RUNNING,
  BUILD: NodeState.PENDING,
  REBUILD: NodeState.PENDING,
  PASSWORD: NodeState.PENDING,
  REBOOT: NodeState.REBOOTING,
  HARD_REBOOT: NodeState.REBOOTING,
  SHUTOFF: NodeState.STOPPED,
  SUSPENDED: NodeState.SUSPENDED,
  PAUSED: NodeState.PAUSED,
  RESIZE: NodeState.RECONFIGURING,
  VERIFY_RESIZE: NodeState.RUNNING,
  REVERT_RESIZE: NodeState.RECONFIGURING,
  RESCUE: NodeState.RECONFIGURING,
  MIGRATING: NodeState.MIGRATING,
  SHELVED: NodeState.ARCHIVED,
  SHELVED_OFFLOADED: NodeState.ARCHIVED,
  DELETED: NodeState.TERMINATED,
  SOFT_DELETED: NodeState.TERMINATED,
  ERROR: NodeState.ERROR,
  UNKNOWN: NodeState.UNKNOWN,
});

/**
 * Maps a Nova server onto the portable {@link "index"!Node}; the server itself is the node's `extra`.
 *
 * @param server - The parsed server.
 * @returns The node.
 */
export function serverToNode(server: Server): Node<Server> {
  const publicIps: string[] = [];
  const privateIps: string[] = [];
  const addresses = server.addresses;
  for (const network in addresses) {
    const list = addresses[network];
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      if (a !== undefined) (isPublicAddress(a.addr, a.type) ? publicIps : privateIps).push(a.addr);
    }
  }
  const flavor = server.flavor;
  return Object.freeze({
    id: server.id,
    name: server.name,
    state: NOVA_STATUS_TO_NODE_STATE[server.status] ?? NodeState.UNKNOWN,
    publicIps,
    privateIps,
    sizeId: flavor === undefined ? undefined : (flavor.id ?? flavor.originalName),
    imageId: server.imageId,
    createdAt: parseTimestamp(server.created),
    failureReason: server.fault?.message || undefined,
    metadata: server.metadata,
    extra: server,
  });
}

/**
 * @param flavor - A parsed flavor.
 * @returns The portable size; the flavor is its `extra`.
 */
export function flavorToSize(flavor: Flavor): NodeSize<Flavor> {
  return Object.freeze({
    id: flavor.id,
    name: flavor.name,
    ramMiB: flavor.ram,
    diskGb: flavor.disk,
    vcpus: flavor.vcpus,
    bandwidthMbps: undefined,
    price: undefined,
    extra: flavor,
  });
}

/**
 * @param zone - A parsed availability zone.
 * @returns The portable location (id and name are the zone name); the zone is its `extra`.
 */
export function zoneToLocation(zone: AvailabilityZone): NodeLocation<AvailabilityZone> {
  return Object.freeze({ id: zone.name, name: zone.name, country: undefined, extra: zone });
}

/**
 * @param keypair - A parsed Nova key pair.
 * @returns The portable key pair; `privateKey` stays hidden from `util.inspect` and `JSON.stringify`.
 */
export function keypairToKeyPair(keypair: Keypair): KeyPair<Keypair> {
  const out: KeyPair<Keypair> = {
    name: keypair.name,
    fingerprint: keypair.fingerprint,
    publicKey: keypair.publicKey,
    privateKey: keypair.privateKey,
    extra: keypair,
  };
  return Object.freeze(hideSecrets(out, ['privateKey']));
}
