import type { VolumeManagement } from '../../../compute/capabilities.ts';
import { type NodeRef, nodeId } from '../../../compute/models/node.ts';
import type {
  AttachVolumeOptions,
  CreateVolumeOptions,
  StorageVolume,
  VolumeRef,
} from '../../../compute/models/volume.ts';
import { VolumeState } from '../../../compute/node-state.ts';
import { CloudError } from '../../../errors/cloud-error.ts';
import type { ServiceResolver } from '../bind.ts';
import { attachVolume, detachVolume } from './attachments/operations.ts';
import { createVolume, deleteVolume, getVolume, listVolumes } from './volumes/operations.ts';
import type { Volume } from './volumes/types.ts';

const STATES: Readonly<Record<string, VolumeState>> = {
  available: VolumeState.AVAILABLE,
  'in-use': VolumeState.INUSE,
  creating: VolumeState.CREATING,
  attaching: VolumeState.ATTACHING,
  detaching: VolumeState.ATTACHING,
  reserved: VolumeState.ATTACHING,
  deleting: VolumeState.DELETING,
  'backing-up': VolumeState.BACKUP,
  'restoring-backup': VolumeState.RESTORING,
  extending: VolumeState.UPDATING,
  retyping: VolumeState.UPDATING,
  maintenance: VolumeState.UPDATING,
};

/**
 * Maps a Cinder volume onto the portable model; the Cinder volume is kept in `extra`.
 *
 * @param volume - The Cinder volume.
 * @returns The portable volume; every `error*` status maps to `error`.
 */
export function volumeToStorageVolume(volume: Volume): StorageVolume<Volume> {
  const state =
    STATES[volume.status] ?? (volume.status.startsWith('error') ? VolumeState.ERROR : VolumeState.UNKNOWN);
  return Object.freeze({ id: volume.id, name: volume.name, sizeGb: volume.sizeGb, state, extra: volume });
}

const idOf = (ref: { readonly id: string } | string): string => (typeof ref === 'string' ? ref : ref.id);

/**
 * The portable volume methods of the OpenStack driver, backed by Cinder; attachments go through Nova.
 *
 * @param blockStorage - Resolves the Cinder client.
 * @param compute - Resolves the Nova client.
 * @returns The {@link "index"!VolumeManagement} methods.
 */
export function createVolumeManagement(
  blockStorage: ServiceResolver,
  compute: ServiceResolver,
): VolumeManagement {
  const clients = async (signal?: AbortSignal) => ({
    compute: await compute(signal),
    blockStorage: await blockStorage(signal),
  });
  return Object.freeze({
    async *listVolumes(signal?: AbortSignal): AsyncGenerator<StorageVolume<Volume>, void, undefined> {
      for await (const v of listVolumes(await blockStorage(signal), {}, signal))
        yield volumeToStorageVolume(v);
    },
    async createVolume(options: CreateVolumeOptions, signal?: AbortSignal): Promise<StorageVolume<Volume>> {
      const source =
        options.image === undefined ? undefined : { kind: 'image' as const, imageId: idOf(options.image) };
      const zone = options.location === undefined ? undefined : idOf(options.location);
      const created = await createVolume(
        await blockStorage(signal),
        { sizeGb: options.sizeGb, name: options.name, source, availabilityZone: zone },
        signal,
      );
      return volumeToStorageVolume(created);
    },
    async destroyVolume(volume: VolumeRef, signal?: AbortSignal): Promise<void> {
      await deleteVolume(await blockStorage(signal), idOf(volume), {}, signal);
    },
    async attachVolume(
      node: NodeRef,
      volume: VolumeRef,
      options: AttachVolumeOptions = {},
      signal?: AbortSignal,
    ) {
      await attachVolume(
        await clients(signal),
        nodeId(node),
        idOf(volume),
        { device: options.device, wait: false },
        signal,
      );
    },
    detachVolume: (volume: VolumeRef, signal?: AbortSignal): Promise<void> =>
      detachEverywhere(blockStorage, compute, idOf(volume), signal),
  });
}

async function detachEverywhere(
  blockStorage: ServiceResolver,
  compute: ServiceResolver,
  volumeId: string,
  signal?: AbortSignal,
): Promise<void> {
  const current = await getVolume(await blockStorage(signal), volumeId, signal);
  if (current.attachments.length === 0) {
    throw new CloudError(`Volume ${current.id} is not attached to any server`, 'ERR_NOT_ATTACHED');
  }
  const clients = { compute: await compute(signal), blockStorage: await blockStorage(signal) };
  for (const attachment of current.attachments) {
    await detachVolume(clients, attachment.serverId, current.id, { wait: false }, signal);
  }
}
