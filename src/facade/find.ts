import type { PortableResources } from '../compute/portable/resources.ts';
import { AmbiguousResourceError } from '../errors/ambiguous-resource-error.ts';

/** The kinds {@link find} looks up, with the object each returns. */
export interface FindableKinds {
  /** A network. */
  readonly network: Awaited<ReturnType<PortableResources['networks']['get']>>;
  /** A subnet. */
  readonly subnet: Awaited<ReturnType<PortableResources['subnets']['get']>>;
  /** A router. */
  readonly router: Awaited<ReturnType<PortableResources['routers']['get']>>;
  /** A port. */
  readonly port: Awaited<ReturnType<PortableResources['ports']['get']>>;
  /** A security group. */
  readonly securityGroup: Awaited<ReturnType<PortableResources['securityGroups']['get']>>;
  /** A floating IP (by id or address). */
  readonly floatingIp: Awaited<ReturnType<PortableResources['floatingIps']['get']>>;
  /** A server. */
  readonly server: Awaited<ReturnType<PortableResources['servers']['get']>>;
  /** A volume. */
  readonly volume: Awaited<ReturnType<PortableResources['volumes']['get']>>;
  /** A key pair (its name is its id). */
  readonly keyPair: Awaited<ReturnType<PortableResources['keyPairs']['get']>>;
}

/** A kind {@link find} knows. */
export type FindableKind = keyof FindableKinds;

const COLLECTION: { readonly [K in FindableKind]: keyof PortableResources } = {
  network: 'networks',
  subnet: 'subnets',
  router: 'routers',
  port: 'ports',
  securityGroup: 'securityGroups',
  floatingIp: 'floatingIps',
  server: 'servers',
  volume: 'volumes',
  keyPair: 'keyPairs',
};

interface Lookup {
  get(id: string, signal?: AbortSignal): Promise<{ id: string; name: string } | undefined>;
  list(name: string | undefined, signal?: AbortSignal): Promise<readonly { id: string; name: string }[]>;
}

/**
 * The one find rule: an object by id or name; `undefined` when nothing matches; an
 * {@link AmbiguousResourceError} listing the candidates when several objects share the name.
 *
 * @param resources - The driver's portable resources.
 * @param kind - What to look up.
 * @param nameOrId - An id, or a name (a floating IP also by its address).
 * @param signal - Aborts the requests.
 * @returns The object, or `undefined`.
 * @throws {@link AmbiguousResourceError} when the name matches several objects.
 */
export async function find<K extends FindableKind>(
  resources: PortableResources,
  kind: K,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<FindableKinds[K] | undefined> {
  const collection = resources[COLLECTION[kind]] as unknown as Lookup;
  const byId = await collection.get(nameOrId, signal);
  if (byId !== undefined) return byId as FindableKinds[K];
  const all = await collection.list(kind === 'floatingIp' ? undefined : nameOrId, signal);
  const matches = all.filter((o) => o.name === nameOrId || addressOf(o) === nameOrId);
  if (matches.length > 1)
    throw new AmbiguousResourceError(
      kind,
      nameOrId,
      matches.map((m) => ({ id: m.id, name: m.name })),
    );
  return matches[0] as FindableKinds[K] | undefined;
}

function addressOf(object: object): string | undefined {
  const address: unknown = Reflect.get(object, 'address');
  return typeof address === 'string' ? address : undefined;
}
