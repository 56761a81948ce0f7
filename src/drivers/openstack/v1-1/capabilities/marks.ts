import type { MarkableKind } from '../../../../compute/models/provision.ts';
import type { MarkService } from '../../../../compute/services/provisioning.ts';
import type { ServiceResolver } from '../../bind.ts';
import { getVolume, listVolumes, updateVolume } from '../../block-storage/volumes/operations.ts';
import type { ComputeClient } from '../../compute/client.ts';
import { getServerMetadata, setServerMetadata } from '../../compute/metadata/operations.ts';
import { listServers } from '../../compute/servers/operations.ts';
import { getImage, listImages, updateImage } from '../../image/images/operations.ts';
import { addTags, listTaggedIds, listTags } from '../../network/tags/operations.ts';
import type { TaggableCollection } from '../../network/tags/types.ts';

const COLLECTIONS: Readonly<Record<string, TaggableCollection>> = {
  network: 'networks',
  subnet: 'subnets',
  port: 'ports',
  router: 'routers',
  securityGroup: 'security-groups',
  floatingIp: 'floatingips',
};

/**
 * Splits `key=value` marks into metadata entries (a mark without `=` gets an empty value).
 *
 * @param marks - The marks.
 * @returns The metadata entries.
 */
export function marksToMetadata(marks: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const mark of marks) {
    const at = mark.indexOf('=');
    if (at < 0) out[mark] = '';
    else out[mark.slice(0, at)] = mark.slice(at + 1);
  }
  return out;
}

/**
 * Joins metadata entries back into marks.
 *
 * @param metadata - Key/value metadata.
 * @returns `key=value` marks (`key` alone for an empty value).
 */
export function metadataToMarks(metadata: Readonly<Record<string, string>>): string[] {
  return Object.entries(metadata).map(([k, v]) => (v === '' ? k : `${k}=${v}`));
}

const hasAll = (have: readonly string[], want: readonly string[]): boolean =>
  want.every((m) => have.includes(m));

/** The clients the mark service needs. */
export interface MarkClients {
  /** Neutron. */
  readonly network: ServiceResolver;
  /** Cinder. */
  readonly blockStorage: ServiceResolver;
  /** Glance. */
  readonly image: ServiceResolver;
  /** Nova. */
  readonly compute: (signal?: AbortSignal) => Promise<ComputeClient>;
}

/**
 * The portable ownership marks of the OpenStack driver: Neutron tags, Nova and Cinder metadata (`key=value`
 * marks become metadata entries) and Glance tags.
 *
 * @param clients - The service resolvers.
 * @returns The {@link MarkService}.
 */
export function createMarkService(clients: MarkClients): MarkService {
  const service: MarkService = {
    getMarks: async (kind, id, signal) => {
      const collection = COLLECTIONS[kind];
      if (collection) return listTags(await clients.network(signal), collection, id, signal);
      if (kind === 'node')
        return metadataToMarks(await getServerMetadata(await clients.compute(signal), id, signal));
      if (kind === 'volume')
        return metadataToMarks((await getVolume(await clients.blockStorage(signal), id, signal)).metadata);
      return (await getImage(await clients.image(signal), id, signal)).tags;
    },
    addMarks: async (kind, id, marks, signal) => {
      const collection = COLLECTIONS[kind];
      if (collection) return addTags(await clients.network(signal), collection, id, marks, signal);
      if (kind === 'node') {
        await setServerMetadata(await clients.compute(signal), id, marksToMetadata(marks), 'merge', signal);
        return;
      }
      await addNonNeutron(clients, kind, id, marks, signal);
    },
    listMarked: async (kind, marks, signal) => {
      const collection = COLLECTIONS[kind];
      if (collection) return listTaggedIds(await clients.network(signal), collection, marks, signal);
      const ids: string[] = [];
      for await (const item of markedItems(clients, kind, signal))
        if (hasAll(item.marks, marks)) ids.push(item.id);
      return ids;
    },
  };
  return Object.freeze(service);
}

async function addNonNeutron(
  clients: MarkClients,
  kind: MarkableKind,
  id: string,
  marks: readonly string[],
  signal?: AbortSignal,
): Promise<void> {
  if (kind === 'volume') {
    const cinder = await clients.blockStorage(signal);
    const current = await getVolume(cinder, id, signal);
    await updateVolume(cinder, id, { metadata: { ...current.metadata, ...marksToMetadata(marks) } }, signal);
    return;
  }
  const glance = await clients.image(signal);
  const current = await getImage(glance, id, signal);
  await updateImage(glance, id, { tags: [...new Set([...current.tags, ...marks])] }, signal);
}

async function* markedItems(
  clients: MarkClients,
  kind: MarkableKind,
  signal?: AbortSignal,
): AsyncGenerator<{ readonly id: string; readonly marks: readonly string[] }> {
  if (kind === 'node') {
    for await (const s of listServers(await clients.compute(signal), {}, signal))
      yield { id: s.id, marks: metadataToMarks(s.metadata) };
  } else if (kind === 'volume') {
    for await (const v of listVolumes(await clients.blockStorage(signal), {}, signal))
      yield { id: v.id, marks: metadataToMarks(v.metadata) };
  } else {
    for await (const i of listImages(await clients.image(signal), {}, signal))
      yield { id: i.id, marks: i.tags };
  }
}
