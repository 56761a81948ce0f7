// The portable volume methods of the EC2 driver (`createVolume`, `attachVolume`, `detachVolume`) over the EBS
// actions: defaults the portable API leaves open (zone, device, instance) are filled in here.
import { type NodeRef, nodeId } from '../../../compute/models/node.ts';
import { refId } from '../../../compute/models/ref-id.ts';
import type {
  AttachVolumeOptions,
  CreateVolumeOptions,
  StorageVolume,
  VolumeRef,
} from '../../../compute/models/volume.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import type { QueryClient } from '../client/client.ts';
import { listZones } from '../zones/operations.ts';
import { createVolume, type Ec2VolumeExtra, getVolume, volumeAction } from './operations.ts';

/**
 * Creates a volume; without a location, in the region's first availability zone (as EC2 lists them).
 *
 * @param ec2 - The EC2 client.
 * @param options - Size, name, location (zone); `image` is read as a snapshot id.
 * @param signal - Aborts the requests.
 * @returns The new volume.
 * @throws {@link ConfigurationError} when no location is given and the region lists no zone.
 */
export async function createPortableVolume(
  ec2: QueryClient,
  options: CreateVolumeOptions,
  signal?: AbortSignal,
): Promise<StorageVolume<Ec2VolumeExtra>> {
  const zone =
    options.location === undefined ? (await listZones(ec2, signal))[0]?.id : refId(options.location);
  if (zone === undefined)
    throw new ConfigurationError('createVolume: the region has no availability zone; give location');
  return createVolume(
    ec2,
    {
      sizeGb: options.sizeGb,
      name: options.name,
      availabilityZone: zone,
      snapshotId: options.image === undefined ? undefined : refId(options.image),
    },
    signal,
  );
}

/**
 * Attaches a volume to an instance (`AttachVolume`).
 *
 * @param ec2 - The EC2 client.
 * @param node - The node or its id.
 * @param volume - The volume or its id.
 * @param options - The device. @defaultValue `/dev/sdf`
 * @param signal - Aborts the request.
 * @returns Once EC2 accepted it.
 */
export function attachPortableVolume(
  ec2: QueryClient,
  node: NodeRef,
  volume: VolumeRef,
  options: AttachVolumeOptions,
  signal?: AbortSignal,
): Promise<void> {
  const params = { VolumeId: refId(volume), InstanceId: nodeId(node), Device: options.device ?? '/dev/sdf' };
  return volumeAction(ec2, 'AttachVolume', params, signal);
}

/**
 * Detaches a volume from the instance it is attached to, named explicitly (some EC2-compatible servers need it):
 * one `DescribeVolumes`, then `DetachVolume`.
 *
 * @param ec2 - The EC2 client.
 * @param volume - The volume or its id.
 * @param signal - Aborts the requests.
 * @returns Once EC2 accepted it.
 */
export async function detachPortableVolume(
  ec2: QueryClient,
  volume: VolumeRef,
  signal?: AbortSignal,
): Promise<void> {
  const id = refId(volume);
  const current = await getVolume(ec2, id, signal);
  const instanceId = current?.extra.attachedTo[0];
  const params = instanceId === undefined ? { VolumeId: id } : { VolumeId: id, InstanceId: instanceId };
  await volumeAction(ec2, 'DetachVolume', params, signal);
}
