import type { StorageVolume } from '../../../compute/models/volume.ts';
import { VolumeState } from '../../../compute/node-state.ts';
import { NotFoundError } from '../../../errors/http-status-errors.ts';
import { paginate, type QueryClient } from '../client/client.ts';
import { itemsOf, numberOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';

/** EC2's own fields of a volume. */
export interface Ec2VolumeExtra {
  /** EC2's state: `creating`, `available`, `in-use`, `deleting`, `deleted`, `error`. */
  readonly volumeState: string;
  /** The availability zone. */
  readonly availabilityZone: string | undefined;
  /** `gp3`, `gp2`, `io1`, `standard`, … */
  readonly volumeType: string | undefined;
  /** The snapshot it was made from. */
  readonly snapshotId: string | undefined;
  /** The instances it is attached to. */
  readonly attachedTo: readonly string[];
  /** Its attachments with the device names and attachment states (`attaching`, `attached`, `detaching`). */
  readonly attachments: readonly Ec2VolumeAttachment[];
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
}

/** One attachment of a volume. */
export interface Ec2VolumeAttachment {
  /** The instance. */
  readonly instanceId: string;
  /** The device name, e.g. `/dev/sdf`. */
  readonly device: string | undefined;
  /** `attaching`, `attached`, `detaching` or `detached`. */
  readonly state: string | undefined;
}

function attachmentsOf(item: XmlNode): Ec2VolumeAttachment[] {
  return itemsOf(item, 'attachmentSet').flatMap((a) => {
    const instanceId = textOf(a, 'instanceId');
    const state = textOf(a, 'status');
    if (instanceId === undefined || state === 'detached') return [];
    return [{ instanceId, device: textOf(a, 'device'), state }];
  });
}

const STATES: Readonly<Record<string, VolumeState>> = {
  creating: VolumeState.CREATING,
  available: VolumeState.AVAILABLE,
  'in-use': VolumeState.INUSE,
  deleting: VolumeState.DELETING,
  deleted: VolumeState.DELETING,
  error: VolumeState.ERROR,
};

/**
 * Reads one `volumeSet` item (or a `CreateVolume` answer).
 *
 * @param item - The element.
 * @param path - Where it is, for shape errors.
 * @returns The volume (`name` is the `Name` tag, else the id).
 */
export function parseVolume(item: XmlNode, path: string): StorageVolume<Ec2VolumeExtra> {
  const id = requireText(item, 'volumeId', path);
  const volumeState = requireText(item, 'status', path);
  const tags = tagsOf(item);
  return {
    id,
    name: tags.Name ?? id,
    sizeGb: numberOf(item, 'size') ?? 0,
    state: STATES[volumeState] ?? VolumeState.UNKNOWN,
    extra: {
      volumeState,
      availabilityZone: textOf(item, 'availabilityZone'),
      volumeType: textOf(item, 'volumeType'),
      snapshotId: textOf(item, 'snapshotId'),
      attachedTo: itemsOf(item, 'attachmentSet').flatMap((a) => textOf(a, 'instanceId') ?? []),
      attachments: attachmentsOf(item),
      tags,
    },
  };
}

/**
 * Lists volumes (`DescribeVolumes`, paginated).
 *
 * @param client - The EC2 client.
 * @param signal - Aborts the walk.
 * @returns The volumes.
 */
export function listVolumes(
  client: QueryClient,
  signal?: AbortSignal,
): AsyncIterable<StorageVolume<Ec2VolumeExtra>> {
  return paginate(
    client,
    {
      action: 'DescribeVolumes',
      params: {},
      pageSize: 500,
      read: (answer) => itemsOf(answer, 'volumeSet').map((item, i) => parseVolume(item, `volumeSet[${i}]`)),
    },
    signal,
  );
}

/**
 * Fetches one volume.
 *
 * @param client - The EC2 client.
 * @param id - The volume id.
 * @param signal - Aborts the request.
 * @returns The volume, or `undefined` when EC2 does not know it.
 */
export async function getVolume(
  client: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<StorageVolume<Ec2VolumeExtra> | undefined> {
  try {
    const answer = await client.call('DescribeVolumes', { VolumeId: [id] }, { idempotent: true, signal });
    const item = itemsOf(answer, 'volumeSet')[0];
    return item === undefined ? undefined : parseVolume(item, 'volumeSet[0]');
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** Options of {@link createVolume}. */
export interface CreateEc2VolumeOptions {
  /** Size in GiB. */
  readonly sizeGb: number;
  /** The `Name` tag. */
  readonly name: string;
  /** The availability zone (required by EC2). */
  readonly availabilityZone: string;
  /** Make it from this snapshot. */
  readonly snapshotId?: string | undefined;
  /** `gp3`, `gp2`, … @defaultValue EC2's default */
  readonly volumeType?: string | undefined;
  /** Tags besides `Name`. */
  readonly tags?: Readonly<Record<string, string>> | undefined;
}

/**
 * Creates a volume (`CreateVolume`).
 *
 * @param client - The EC2 client.
 * @param options - Size, name, zone, snapshot and type.
 * @param signal - Aborts the request.
 * @returns The new volume (usually `creating`).
 */
export async function createVolume(
  client: QueryClient,
  options: CreateEc2VolumeOptions,
  signal?: AbortSignal,
): Promise<StorageVolume<Ec2VolumeExtra>> {
  const params = {
    Size: options.sizeGb,
    AvailabilityZone: options.availabilityZone,
    SnapshotId: options.snapshotId,
    VolumeType: options.volumeType,
    TagSpecification: tagSpecification({ ...options.tags, Name: options.name }, 'volume'),
  };
  return parseVolume(await client.call('CreateVolume', params, { signal }), 'CreateVolumeResponse');
}

/**
 * Sends a volume action: `DeleteVolume`, `AttachVolume` (with `InstanceId`, `Device`), `DetachVolume`.
 *
 * @param client - The EC2 client.
 * @param action - The action.
 * @param params - `VolumeId` and the action's other parameters.
 * @param signal - Aborts the request.
 * @returns Once EC2 accepted it.
 */
export async function volumeAction(
  client: QueryClient,
  action: 'DeleteVolume' | 'AttachVolume' | 'DetachVolume',
  params: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<void> {
  await client.call(action, params, { signal });
}
