// EBS volumes and snapshots as portable block storage; tags (besides Name) are the metadata.
import type { BlockVolume, VolumeSnapshot } from '../../../compute/models/block-storage.ts';
import type { StorageVolume } from '../../../compute/models/volume.ts';
import { VolumeState } from '../../../compute/node-state.ts';
import type { BlockStorageService } from '../../../compute/services/block-storage.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import type { QueryClient } from '../client/client.ts';
import { filters } from '../client/query.ts';
import { itemsOf, textOf } from '../client/xml.ts';
import { createSnapshot, deleteSnapshot, type Ec2Snapshot, listSnapshots } from '../snapshots/operations.ts';
import * as volumes from '../volumes/operations.ts';
import { describe, firstZone, orAbsent, withoutName } from './common.ts';

/** @param v - An EBS volume. @returns The portable volume (status is EC2's: `available`, `in-use`, …). */
export function toBlockVolume(v: StorageVolume<volumes.Ec2VolumeExtra>): BlockVolume<volumes.Ec2VolumeExtra> {
  return Object.freeze({
    id: v.id,
    name: v.name,
    sizeGb: v.sizeGb,
    state: v.state,
    status: v.extra.volumeState,
    zone: v.extra.availabilityZone,
    attachments: Object.freeze(
      v.extra.attachments.map((a) => Object.freeze({ nodeId: a.instanceId, device: a.device })),
    ),
    metadata: withoutName(v.extra.tags),
    extra: v.extra,
  });
}

const SNAPSHOT_STATES: Readonly<Record<string, VolumeState>> = {
  pending: VolumeState.CREATING,
  completed: VolumeState.AVAILABLE,
  error: VolumeState.ERROR,
};

/** @param s - An EBS snapshot. @returns The portable snapshot (`completed` is `available`). */
export function toVolumeSnapshot(s: Ec2Snapshot): VolumeSnapshot<Ec2Snapshot> {
  return Object.freeze({
    id: s.id,
    name: s.name,
    volumeId: s.volumeId ?? '',
    sizeGb: s.sizeGb ?? 0,
    state: SNAPSHOT_STATES[s.state ?? ''] ?? VolumeState.UNKNOWN,
    status: s.state ?? 'unknown',
    metadata: withoutName(s.tags),
    extra: s,
  });
}

/** The device names EC2 suggests for EBS data volumes on Linux instances. */
const DEVICES = 'fghijklmnop'.split('').map((letter) => `/dev/sd${letter}`);

async function freeDevice(ec2: QueryClient, nodeId: string, signal?: AbortSignal): Promise<string> {
  const answer = await describe(ec2, 'DescribeInstances', { InstanceId: [nodeId] }, signal);
  const used = new Set<string>();
  for (const r of itemsOf(answer, 'reservationSet'))
    for (const i of itemsOf(r, 'instancesSet'))
      for (const b of itemsOf(i, 'blockDeviceMapping')) used.add(textOf(b, 'deviceName') ?? '');
  const device = DEVICES.find((d) => !used.has(d) && !used.has(d.replace('/dev/sd', '/dev/xvd')));
  if (device === undefined)
    throw new ConfigurationError(`instance ${nodeId} has no free device name for a volume`);
  return device;
}

/**
 * The portable block-storage service of the EC2 driver, over EBS. A volume made without a zone goes to the
 * region's first zone, where subnets made without one also go.
 *
 * @param ec2 - The EC2 client.
 * @returns The {@link BlockStorageService}.
 */
export function createEc2BlockStorage(ec2: QueryClient): BlockStorageService {
  const service: BlockStorageService = {
    listVolumes: async function* (signal) {
      for await (const v of volumes.listVolumes(ec2, signal)) yield toBlockVolume(v);
    },
    getVolume: async (id, signal) => {
      const v = await volumes.getVolume(ec2, id, signal);
      return v === undefined ? undefined : toBlockVolume(v);
    },
    createVolume: async (options, signal) => {
      const zone = options.zone ?? (await firstZone(ec2, signal));
      if (zone === undefined)
        throw new ConfigurationError('createVolume: the region lists no zone; give one');
      const made = await volumes.createVolume(
        ec2,
        {
          name: options.name,
          sizeGb: options.sizeGb,
          availabilityZone: zone,
          volumeType: options.volumeType,
          tags: options.metadata,
        },
        signal,
      );
      return toBlockVolume(made);
    },
    deleteVolume: (id, signal) => volumes.volumeAction(ec2, 'DeleteVolume', { VolumeId: id }, signal),
    extendVolume: async (id, sizeGb, signal) => {
      await ec2.call('ModifyVolume', { VolumeId: id, Size: sizeGb }, { signal });
    },
    attachVolume: async (nodeId, volumeId, signal) => {
      const device = await freeDevice(ec2, nodeId, signal);
      await volumes.volumeAction(
        ec2,
        'AttachVolume',
        { VolumeId: volumeId, InstanceId: nodeId, Device: device },
        signal,
      );
      return Object.freeze({ nodeId, volumeId, device });
    },
    detachVolume: (nodeId, volumeId, signal) =>
      volumes.volumeAction(ec2, 'DetachVolume', { VolumeId: volumeId, InstanceId: nodeId }, signal),
    listNodeVolumes: async (nodeId, signal) => {
      const params = { Filter: filters({ 'attachment.instance-id': [nodeId] }) };
      const answer = await describe(ec2, 'DescribeVolumes', params, signal);
      return itemsOf(answer, 'volumeSet').flatMap((item, i) =>
        volumes
          .parseVolume(item, `volumeSet[${i}]`)
          .extra.attachments.filter((a) => a.instanceId === nodeId)
          .map((a) => Object.freeze({ nodeId, volumeId: textOf(item, 'volumeId') ?? '', device: a.device })),
      );
    },
    listSnapshots: async function* (signal) {
      for await (const s of listSnapshots(ec2, signal)) yield toVolumeSnapshot(s);
    },
    getSnapshot: (id, signal) =>
      orAbsent(async () => {
        for await (const s of listSnapshots(ec2, signal, [id])) return toVolumeSnapshot(s);
        return undefined;
      }),
    createSnapshot: async (options, signal) =>
      toVolumeSnapshot(await createSnapshot(ec2, options.volumeId, options.name, signal)),
    deleteSnapshot: (id, signal) => deleteSnapshot(ec2, id, signal),
  };
  return Object.freeze(service);
}
