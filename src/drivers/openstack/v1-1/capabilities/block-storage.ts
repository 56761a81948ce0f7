import type { BlockVolume, VolumeSnapshot } from '../../../../compute/models/block-storage.ts';
import { VolumeState } from '../../../../compute/node-state.ts';
import type { BlockStorageService } from '../../../../compute/services/block-storage.ts';
import type { ServiceResolver } from '../../bind.ts';
import {
  attachVolume,
  detachVolume,
  listVolumeAttachments,
} from '../../block-storage/attachments/operations.ts';
import { volumeToStorageVolume } from '../../block-storage/portable.ts';
import {
  createSnapshot,
  deleteSnapshot,
  getSnapshot,
  listSnapshots,
} from '../../block-storage/snapshots/operations.ts';
import type { Snapshot } from '../../block-storage/snapshots/types.ts';
import {
  createVolume,
  deleteVolume,
  extendVolume,
  getVolume,
  listVolumes,
} from '../../block-storage/volumes/operations.ts';
import type { Volume } from '../../block-storage/volumes/types.ts';
import { mapList, orAbsent } from './absent.ts';
import { lazy } from './networking.ts';

/** @param v - A Cinder volume. @returns The portable volume with attachments and metadata. */
export function toBlockVolume(v: Volume): BlockVolume<Volume> {
  return Object.freeze({
    id: v.id,
    name: v.name,
    sizeGb: v.sizeGb,
    state: volumeToStorageVolume(v).state,
    status: v.status,
    zone: v.availabilityZone,
    attachments: Object.freeze(
      v.attachments.map((a) => Object.freeze({ nodeId: a.serverId, device: a.device })),
    ),
    metadata: v.metadata,
    extra: v,
  });
}

const SNAPSHOT_STATES: Readonly<Record<string, VolumeState>> = {
  creating: VolumeState.CREATING,
  available: VolumeState.AVAILABLE,
  deleting: VolumeState.DELETING,
  error: VolumeState.ERROR,
  error_deleting: VolumeState.ERROR,
};

/** @param s - A Cinder snapshot. @returns The portable snapshot. */
export function toSnapshot(s: Snapshot): VolumeSnapshot<Snapshot> {
  return Object.freeze({
    id: s.id,
    name: s.name,
    volumeId: s.volumeId,
    sizeGb: s.sizeGb,
    state: SNAPSHOT_STATES[s.status] ?? VolumeState.UNKNOWN,
    status: s.status,
    metadata: s.metadata,
    extra: s,
  });
}

/**
 * The portable block-storage service of the OpenStack driver: Cinder, with attachments made through Nova.
 *
 * @param cinder - Resolves the block-storage client.
 * @param nova - Resolves the compute service client.
 * @returns The {@link BlockStorageService}; no call waits.
 */
export function createBlockStorageService(
  cinder: ServiceResolver,
  nova: ServiceResolver,
): BlockStorageService {
  const both = async (signal?: AbortSignal) => ({
    compute: await nova(signal),
    blockStorage: await cinder(signal),
  });
  const service: BlockStorageService = {
    listVolumes: (signal) =>
      mapList(
        lazy(cinder, signal, (c) => listVolumes(c, {}, signal)),
        toBlockVolume,
      ),
    getVolume: async (id, signal) =>
      orAbsent(async () => toBlockVolume(await getVolume(await cinder(signal), id, signal))),
    createVolume: async (options, signal) =>
      toBlockVolume(
        await createVolume(
          await cinder(signal),
          {
            name: options.name,
            sizeGb: options.sizeGb,
            availabilityZone: options.zone,
            volumeType: options.volumeType,
            metadata: options.metadata,
            description: options.description,
          },
          signal,
        ),
      ),
    deleteVolume: async (id, signal) => deleteVolume(await cinder(signal), id, {}, signal),
    extendVolume: async (id, sizeGb, signal) => extendVolume(await cinder(signal), id, sizeGb, signal),
    attachVolume: async (nodeId, volumeId, signal) => {
      const a = await attachVolume(await both(signal), nodeId, volumeId, { wait: false }, signal);
      return Object.freeze({ nodeId: a.serverId, volumeId: a.volumeId, device: a.device });
    },
    detachVolume: async (nodeId, volumeId, signal) =>
      detachVolume(await both(signal), nodeId, volumeId, { wait: false }, signal),
    listNodeVolumes: async (nodeId, signal) =>
      (await listVolumeAttachments(await nova(signal), nodeId, signal)).map((a) =>
        Object.freeze({ nodeId: a.serverId, volumeId: a.volumeId, device: a.device }),
      ),
    listSnapshots: (signal) =>
      mapList(
        lazy(cinder, signal, (c) => listSnapshots(c, {}, signal)),
        toSnapshot,
      ),
    getSnapshot: async (id, signal) =>
      orAbsent(async () => toSnapshot(await getSnapshot(await cinder(signal), id, signal))),
    createSnapshot: async (options, signal) =>
      toSnapshot(await createSnapshot(await cinder(signal), options, signal)),
    deleteSnapshot: async (id, signal) => deleteSnapshot(await cinder(signal), id, signal),
  };
  return Object.freeze(service);
}
