// Ownership marks as EC2 tags: every markable kind is an EC2 resource that takes tags.
import type { MarkableKind } from '../../../compute/models/provision.ts';
import type { MarkService } from '../../../compute/services/provisioning.ts';
import { paginate, type QueryClient } from '../client/client.ts';
import { filters } from '../client/query.ts';
import { itemsOf, textOf } from '../client/xml.ts';
import { marksToTags } from './common.ts';
import { AMAZON_POOL } from './networks.ts';

/** The id prefix of each kind's EC2 resources (moto and AWS disagree on some resource-type names). */
const PREFIX: Readonly<Record<MarkableKind, string>> = {
  node: 'i-',
  volume: 'vol-',
  image: 'ami-',
  network: 'vpc-',
  subnet: 'subnet-',
  router: 'igw-',
  port: 'eni-',
  securityGroup: 'sg-',
  floatingIp: 'eipalloc-',
};

const mark = (key: string, value: string) => (value === '' ? key : `${key}=${value}`);

/**
 * The portable ownership marks of the EC2 driver: a mark `key=value` is the tag `key` with that value; a mark
 * without `=` (such as `stratus:<deployment>/<resource>`) is a tag with an empty value.
 *
 * @param ec2 - The EC2 client.
 * @returns The {@link MarkService}.
 */
export function createEc2Marks(ec2: QueryClient): MarkService {
  const tags = (wanted: Record<string, readonly string[]>, signal?: AbortSignal) =>
    paginate(
      ec2,
      { action: 'DescribeTags', params: { Filter: filters(wanted) }, read: (a) => itemsOf(a, 'tagSet') },
      signal,
    );
  const service: MarkService = {
    getMarks: async (_kind, id, signal) => {
      if (id === AMAZON_POOL) return [];
      const found = await Array.fromAsync(tags({ 'resource-id': [id] }, signal));
      return found
        .filter((t) => textOf(t, 'key') !== 'Name')
        .map((t) => mark(textOf(t, 'key') ?? '', textOf(t, 'value') ?? ''));
    },
    addMarks: async (_kind, id, marks, signal) => {
      if (marks.length === 0) return;
      await ec2.call(
        'CreateTags',
        { ResourceId: [id], Tag: marksToTags(marks) },
        { idempotent: true, signal },
      );
    },
    listMarked: async (kind, marks, signal) => {
      let ids: Set<string> | undefined;
      for (const { Key, Value } of marksToTags(marks)) {
        const found = new Set<string>();
        for await (const t of tags({ key: [Key] }, signal)) {
          const id = textOf(t, 'resourceId') ?? '';
          const same = (textOf(t, 'value') ?? '') === Value;
          if (same && id.startsWith(PREFIX[kind]) && (ids === undefined || ids.has(id))) found.add(id);
        }
        ids = found;
      }
      return [...(ids ?? [])];
    },
  };
  return Object.freeze(service);
}
