import { paginate, type QueryClient } from '../client/client.ts';
import { itemsOf, numberOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';

/** An EBS snapshot. */
export interface Ec2Snapshot {
  /** The snapshot id. */
  readonly id: string;
  /** The `Name` tag, else the description, else the id. */
  readonly name: string;
  /** The volume it was taken from. */
  readonly volumeId: string | undefined;
  /** `pending`, `completed`, `error`. */
  readonly state: string | undefined;
  /** The volume size in GiB. */
  readonly sizeGb: number | undefined;
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
}

function parseSnapshot(item: XmlNode, path: string): Ec2Snapshot {
  const id = requireText(item, 'snapshotId', path);
  const tags = tagsOf(item);
  return {
    id,
    name: tags.Name ?? textOf(item, 'description') ?? id,
    volumeId: textOf(item, 'volumeId'),
    state: textOf(item, 'status'),
    sizeGb: numberOf(item, 'volumeSize'),
    tags,
  };
}

/**
 * Lists the caller's own snapshots (`DescribeSnapshots` with `Owner=self`, paginated).
 *
 * @param client - The EC2 client.
 * @param signal - Aborts the walk.
 * @param ids - Only these snapshots (any owner); all of the caller's own when omitted.
 * @returns The snapshots.
 */
export function listSnapshots(
  client: QueryClient,
  signal?: AbortSignal,
  ids?: readonly string[],
): AsyncIterable<Ec2Snapshot> {
  return paginate(
    client,
    {
      action: 'DescribeSnapshots',
      params: ids === undefined ? { Owner: ['self'] } : { SnapshotId: ids },
      pageSize: ids === undefined ? 500 : undefined,
      read: (answer) =>
        itemsOf(answer, 'snapshotSet').map((item, i) => parseSnapshot(item, `snapshotSet[${i}]`)),
    },
    signal,
  );
}

/**
 * Snapshots a volume (`CreateSnapshot`).
 *
 * @param client - The EC2 client.
 * @param volumeId - The volume.
 * @param name - The `Name` tag (also the description).
 * @param signal - Aborts the request.
 * @returns The new snapshot (usually `pending`).
 */
export async function createSnapshot(
  client: QueryClient,
  volumeId: string,
  name: string,
  signal?: AbortSignal,
): Promise<Ec2Snapshot> {
  const params = {
    VolumeId: volumeId,
    Description: name,
    TagSpecification: tagSpecification({ Name: name }, 'snapshot'),
  };
  return parseSnapshot(await client.call('CreateSnapshot', params, { signal }), 'CreateSnapshotResponse');
}

/**
 * Deletes a snapshot (`DeleteSnapshot`).
 *
 * @param client - The EC2 client.
 * @param id - The snapshot id.
 * @param signal - Aborts the request.
 * @returns Once EC2 accepted it.
 */
export async function deleteSnapshot(client: QueryClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.call('DeleteSnapshot', { SnapshotId: id }, { idempotent: true, signal });
}
