import type { NodeSize } from '../../../compute/models/size.ts';
import { paginate, type QueryClient } from '../client/client.ts';
import { childOf, itemsOf, numberOf, requireText, type XmlNode } from '../client/xml.ts';

/** EC2's own fields of a size. */
export interface Ec2SizeExtra {
  /** The CPU architectures, e.g. `['x86_64']`. */
  readonly architectures: readonly string[];
  /** Whether it has local instance storage. */
  readonly instanceStorage: boolean;
}

/**
 * Reads one `instanceTypeSet` item as a portable size.
 *
 * @param item - The item.
 * @param path - Where it is, for shape errors.
 * @returns The size (`diskGb` is the instance storage; 0 for EBS-only types).
 */
export function parseInstanceType(item: XmlNode, path: string): NodeSize<Ec2SizeExtra> {
  const id = requireText(item, 'instanceType', path);
  const storage = childOf(item, 'instanceStorageInfo');
  const processor = childOf(item, 'processorInfo') ?? {};
  return {
    id,
    name: id,
    ramMiB: numberOf(childOf(item, 'memoryInfo') ?? {}, 'sizeInMiB') ?? 0,
    diskGb: storage === undefined ? 0 : (numberOf(storage, 'totalSizeInGB') ?? 0),
    vcpus: numberOf(childOf(item, 'vCpuInfo') ?? {}, 'defaultVCpus') ?? 0,
    bandwidthMbps: undefined,
    price: undefined,
    extra: {
      architectures: itemsOf(processor, 'supportedArchitectures').flatMap((a) =>
        typeof a['#text'] === 'string' ? [a['#text']] : [],
      ),
      instanceStorage: storage !== undefined,
    },
  };
}

/**
 * Lists the instance types of the region (`DescribeInstanceTypes`, paginated).
 *
 * @param client - The EC2 client.
 * @param signal - Aborts the walk.
 * @returns The sizes.
 */
export function listInstanceTypes(
  client: QueryClient,
  signal?: AbortSignal,
): AsyncIterable<NodeSize<Ec2SizeExtra>> {
  return paginate(
    client,
    {
      action: 'DescribeInstanceTypes',
      params: {},
      pageSize: 100,
      read: (answer) =>
        itemsOf(answer, 'instanceTypeSet').map((item, i) => parseInstanceType(item, `instanceTypeSet[${i}]`)),
    },
    signal,
  );
}
