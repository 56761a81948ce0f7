import type { ImageManagement, KeyPairManagement } from '../../../../compute/capabilities.ts';
import type { BlockVolume } from '../../../../compute/models/block-storage.ts';
import type { KeyPair } from '../../../../compute/models/key-pair.ts';
import type { Node } from '../../../../compute/models/node.ts';
import type { NodeDriver } from '../../../../compute/node-driver.ts';
import { NodeState, VolumeState } from '../../../../compute/node-state.ts';
import type { BlockStorageCapability, ProvisioningCapability } from '../../../../compute/services/index.ts';
import { AmbiguousResourceError } from '../../../../errors/ambiguous-resource-error.ts';
import type { DirectPorts, KeyPairObject, PortHealth, ServerObject, VolumeObject } from '../ports.ts';
import { unlessGone } from './marks.ts';

/** What the compute half of the direct engine needs from a driver. */
export type ComputeCapabilities = NodeDriver &
  ProvisioningCapability &
  BlockStorageCapability &
  KeyPairManagement &
  ImageManagement;

function nodeHealth(state: string): PortHealth {
  if (state === NodeState.ERROR) return 'failed';
  return state === NodeState.RUNNING || state === NodeState.STOPPED ? 'ready' : 'pending';
}

function volumeHealth(state: string): PortHealth {
  if (state === VolumeState.ERROR) return 'failed';
  return state === VolumeState.AVAILABLE || state === VolumeState.INUSE ? 'ready' : 'pending';
}

const volume = (v: BlockVolume): VolumeObject => ({
  id: v.id,
  name: v.name,
  mark: v.metadata,
  health: volumeHealth(v.state),
  reason: undefined,
  status: v.status,
  sizeGb: v.sizeGb,
  attachments: v.attachments.map((a) => ({ serverId: a.nodeId, device: a.device })),
});

const keyPair = (k: KeyPair<unknown>): KeyPairObject => ({
  id: k.name,
  name: k.name,
  mark: undefined,
  health: 'ready',
  reason: undefined,
  fingerprint: k.fingerprint,
  publicKey: k.publicKey,
});

function unique(
  found: readonly { id: string; name: string }[],
  kind: string,
  nameOrId: string,
): string | undefined {
  const exact = found.find((item) => item.id === nameOrId);
  if (exact !== undefined) return exact.id;
  const named = found.filter((item) => item.name === nameOrId);
  if (named.length > 1)
    throw new AmbiguousResourceError(
      kind,
      nameOrId,
      named.map((item) => ({ id: item.id, name: item.name })),
    );
  return named[0]?.id;
}

async function serverObject(
  driver: ComputeCapabilities,
  node: Node<unknown>,
  signal?: AbortSignal,
): Promise<ServerObject> {
  return {
    id: node.id,
    name: node.name,
    // The list answer usually carries the metadata already (one request per node saved).
    mark: node.metadata ?? (await driver.provisioning.getNodeMetadata(node.id, signal)),
    health: nodeHealth(node.state),
    reason: node.failureReason,
    status: node.state,
    privateIp: node.privateIps[0],
    publicIp: node.publicIps[0],
  };
}

function serverPort(driver: ComputeCapabilities): DirectPorts['servers'] {
  const server = (node: Node<unknown>, signal?: AbortSignal) => serverObject(driver, node, signal);
  return {
    list: async (name, s) => {
      const nodes = (await Array.fromAsync(driver.listNodes({}, s))).filter(
        (n) => name === undefined || n.name === name,
      );
      // A node deleted between the list and its metadata read is gone, not an error.
      const read = await Promise.all(nodes.map((n) => unlessGone(server(n, s))));
      return read.filter((found): found is ServerObject => found !== undefined);
    },
    get: async (id, s) => {
      const node = await driver.getNode(id, s);
      return node === undefined ? undefined : unlessGone(server(node, s));
    },
    create: async (b, s) => {
      const networks = [
        ...b.networkIds.map((networkId) => ({ networkId })),
        ...b.portIds.map((portId) => ({ portId })),
      ];
      const node = await driver.provisioning.provisionNode(
        {
          name: b.name,
          size: b.flavorId,
          image: b.imageId,
          keyName: b.keyName,
          networks,
          securityGroups: b.securityGroupIds,
          userData: b.userData,
          metadata: b.metadata,
          location: b.availabilityZone,
        },
        s,
      );
      return server(node, s);
    },
    delete: (id, s) => driver.destroyNode(id, s),
  };
}

function volumePort(blocks: ComputeCapabilities['blockStorage']): DirectPorts['volumes'] {
  return {
    list: async (name, s) =>
      (await Array.fromAsync(blocks.listVolumes(s)))
        .filter((v) => name === undefined || v.name === name)
        .map(volume),
    get: async (id, s) => {
      const found = await blocks.getVolume(id, s);
      return found === undefined ? undefined : volume(found);
    },
    create: async (b, s) =>
      volume(
        await blocks.createVolume(
          { name: b.name, sizeGb: b.sizeGb, volumeType: b.volumeType, metadata: b.metadata },
          s,
        ),
      ),
    delete: (id, s) => blocks.deleteVolume(id, s),
    attach: async (serverId, volumeId, s) => void (await blocks.attachVolume(serverId, volumeId, s)),
    detach: (serverId, volumeId, s) => blocks.detachVolume(serverId, volumeId, s),
  };
}

function keyPairPort(driver: ComputeCapabilities): DirectPorts['keyPairs'] {
  return {
    list: async (name, s) =>
      (await Array.fromAsync(driver.listKeyPairs(s)))
        .filter((k) => name === undefined || k.name === name)
        .map(keyPair),
    get: async (id, s) => {
      const found = await driver.getKeyPair(id, s);
      return found === undefined ? undefined : keyPair(found);
    },
    create: async (b, s) => keyPair(await driver.importKeyPairFromString(b.name, b.publicKey, s)),
    delete: (id, s) => driver.deleteKeyPair(id, s),
  };
}

/**
 * The direct engine's compute calls over the portable capabilities.
 *
 * @param driver - A driver with provisioning, block storage, key pairs and images.
 * @returns The compute half of the ports.
 */
export function computePorts(
  driver: ComputeCapabilities,
): Pick<DirectPorts, 'servers' | 'volumes' | 'keyPairs' | 'findId'> {
  return {
    servers: serverPort(driver),
    volumes: volumePort(driver.blockStorage),
    keyPairs: keyPairPort(driver),
    findId: async (kind, nameOrId, s) =>
      kind === 'flavor'
        ? unique(await Array.fromAsync(driver.listSizes(s)), 'flavor', nameOrId)
        : unique(await Array.fromAsync(driver.listImages(s)), 'image', nameOrId),
  };
}
