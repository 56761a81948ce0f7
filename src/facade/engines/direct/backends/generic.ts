import { pollUntil } from '../../../../compute/waiters.ts';
import { CloudError } from '../../../../errors/cloud-error.ts';
import type { Convergence, KindBackend, Observed, Resolver } from '../../../document/backend.ts';
import type { DocumentKind, JsonValue, ManagedResource, ResourceSpecOf } from '../../../document/types.ts';
import { markDescription, markMetadata, ownerFromDescription, ownerFromMetadata } from '../mark.ts';
import type { Collection, PortObject } from '../ports.ts';

/** How a kind carries its ownership mark. */
export type MarkStyle = 'description' | 'metadata' | 'name';

/** The kind-specific half of a backend; {@link collectionBackend} adds lookups, marks, waits and deletes. */
export interface KindAdapter<K extends DocumentKind, T extends PortObject, C> {
  /** The calls. */
  readonly collection: Collection<T, C>;
  /** Where the mark lives. */
  readonly markStyle: MarkStyle;
  /** The attributes outputs may read. */
  readonly attributes: (object: T) => Record<string, JsonValue>;
  /** The create request (the mark is passed in; the adapter puts it in the body). */
  readonly body: (
    spec: ManagedResource<K>,
    mark: Mark,
    resolver: Resolver,
    signal?: AbortSignal,
  ) => Promise<C>;
  /** Changes an existing object still needs. */
  readonly converge?: (
    spec: ManagedResource<K>,
    object: T,
    resolver: Resolver,
    signal?: AbortSignal,
  ) => Promise<Convergence>;
  /** Work before the delete (detach, remove interfaces). */
  readonly beforeDelete?: (object: T, signal?: AbortSignal) => Promise<void>;
  /** Poll after delete until the object is gone. */
  readonly waitGone: boolean;
}

/** The ownership mark in both forms. */
export interface Mark {
  /** For descriptions. */
  readonly description: string;
  /** For metadata. */
  readonly metadata: Readonly<Record<string, string>>;
}

const WAIT = { timeoutMs: 600_000, intervalMs: 1_000, maxIntervalMs: 5_000 } as const;

function ownerOf(object: PortObject, style: MarkStyle, deployment: string): string | undefined {
  // Providers without descriptions on some kinds (mark undefined) fall back to the deterministic name.
  if (style === 'name' || (style === 'description' && object.mark === undefined)) {
    return object.name.startsWith(`${deployment}-`) ? object.name.slice(deployment.length + 1) : undefined;
  }
  if (style === 'description')
    return typeof object.mark === 'string' ? ownerFromDescription(object.mark, deployment) : undefined;
  return typeof object.mark === 'object' ? ownerFromMetadata(object.mark, deployment) : undefined;
}

function single<T extends PortObject>(found: readonly T[], what: string): T | undefined {
  if (found.length > 1) {
    throw new CloudError(
      `${found.length} objects match ${what}: ${found.map((o) => o.id).join(', ')}; delete the extras or give an id`,
      'ERR_AMBIGUOUS_RESOURCE',
    );
  }
  return found[0];
}

/**
 * Builds a document backend for one kind from its adapter: managed objects are found by cloud name and
 * ownership mark, adopted ones by id or unique name; creates carry the mark and wait until ready; deletes wait
 * until gone where asked, and treat absent as done.
 *
 * @param kind - The kind.
 * @param adapter - The kind-specific calls.
 * @returns The backend.
 */
export function collectionBackend<K extends DocumentKind, T extends PortObject, C>(
  kind: K,
  adapter: KindAdapter<K, T, C>,
): KindBackend<K> {
  const { collection, markStyle } = adapter;
  const observe = (object: T, deployment: string): Observed => ({
    id: object.id,
    name: object.name,
    health: object.health,
    reason: object.reason,
    owner: ownerOf(object, markStyle, deployment),
    attributes: { id: object.id, name: object.name, ...adapter.attributes(object) },
  });
  const waitFor = async (id: string, until: (object: T | undefined) => boolean, signal?: AbortSignal) =>
    pollUntil<T>(
      {
        description: `${kind} ${id}`,
        resourceId: id,
        fetch: (s) => collection.get(id, s),
        check: (object) => (until(object) ? { kind: 'done' } : { kind: 'continue' }),
        status: (object) => object?.health ?? 'gone',
      },
      WAIT,
      signal,
    );
  const backend: KindBackend<K> = {
    async find(spec: ResourceSpecOf<K>, deployment: string, signal?: AbortSignal) {
      if (!spec.managed) {
        const object =
          spec.id !== undefined
            ? await collection.get(spec.id, signal)
            : single(await collection.list(spec.cloudName, signal), `${kind} "${spec.cloudName}"`);
        return object === undefined ? undefined : observe(object, deployment);
      }
      const name = markStyle === 'description' && kind === 'floatingIp' ? undefined : spec.cloudName;
      const candidates = (await collection.list(name, signal)).filter((o) =>
        markStyle === 'name' ? o.name === spec.cloudName : ownerOf(o, markStyle, deployment) === spec.name,
      );
      const object = single(candidates, `${kind} ${spec.cloudName} of deployment ${deployment}`);
      return object === undefined ? undefined : observe(object, deployment);
    },
    async listOwned(deployment: string, signal?: AbortSignal) {
      return (await collection.list(undefined, signal))
        .map((o) => observe(o, deployment))
        .filter((o) => o.owner !== undefined);
    },
    async create(spec, deployment, resolver, signal) {
      const mark = {
        description: markDescription(deployment, spec.name),
        metadata: markMetadata(deployment, spec.name),
      };
      const created = await collection.create(await adapter.body(spec, mark, resolver, signal), signal);
      const ready =
        created.health === 'pending'
          ? await waitFor(created.id, (o) => o === undefined || o.health !== 'pending', signal)
          : created;
      if (ready === undefined)
        throw new CloudError(
          `${kind} ${created.id} vanished right after it was created`,
          'ERR_RESOURCE_VANISHED',
        );
      return observe(ready, deployment);
    },
    async wait(observed, signal) {
      const object = await waitFor(observed.id, (o) => o === undefined || o.health !== 'pending', signal);
      if (object === undefined)
        throw new CloudError(`${kind} ${observed.id} disappeared while building`, 'ERR_RESOURCE_VANISHED');
      return { ...observe(object, ''), owner: observed.owner };
    },
    async converge(spec, observed, resolver, signal) {
      if (adapter.converge === undefined) return { changes: [] };
      const object = await collection.get(observed.id, signal);
      return object === undefined ? { changes: [] } : adapter.converge(spec, object, resolver, signal);
    },
    async delete(observed, signal) {
      const object = await collection.get(observed.id, signal);
      if (object === undefined) return;
      await adapter.beforeDelete?.(object, signal);
      await collection.delete(object.id, signal);
      if (adapter.waitGone) await waitFor(object.id, (o) => o === undefined, signal);
    },
  };
  return backend;
}
