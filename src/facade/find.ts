import {
  Capability,
  type ImageManagement,
  type NodeImage,
  type StoredImage,
  supports,
} from '../compute/index.ts';
import { AmbiguousResourceError } from '../errors/ambiguous-resource-error.ts';
import { BadRequestError } from '../errors/http-status-errors.ts';
import { type FacadeContext, need } from './context.ts';
import type { FacadeDriver, ResourceKind, ResourceOf } from './types.ts';

/** How to look up one kind: an optional getter by id and a full list. */
// Method syntax on purpose: each kind's lookup is checked once, then used through the union.
interface Lookup<T> {
  get?(id: string, signal?: AbortSignal): Promise<T | undefined>;
  list(signal?: AbortSignal): AsyncIterable<T>;
  nameOf(item: T): string;
  idOf(item: T): string;
}

type Getter<T> = ((id: string, signal?: AbortSignal) => Promise<T | undefined>) | undefined;

const byName = <T extends { readonly id: string; readonly name: string }>(
  get: Getter<T>,
  list: (signal?: AbortSignal) => AsyncIterable<T>,
): Lookup<T> => {
  const lookup: Lookup<T> = { list, nameOf: (i) => i.name, idOf: (i) => i.id };
  return get === undefined ? lookup : { ...lookup, get };
};

// Drivers without an image service (EC2) still list and get images; they carry no upload status.
const asStored = (i: NodeImage): StoredImage => ({
  ...i,
  status: 'unknown',
  sizeBytes: undefined,
  properties: {},
});
async function* storedList(images: AsyncIterable<NodeImage>): AsyncGenerator<StoredImage> {
  for await (const i of images) yield asStored(i);
}
const imagesLookup = (images: ImageManagement): Lookup<StoredImage> =>
  byName(
    async (id, s) => {
      const found = await images.getImage(id, s);
      return found === undefined ? undefined : asStored(found);
    },
    (s) => storedList(images.listImages(s)),
  );

/** How each kind is looked up: its getter and list, behind the capability it needs (`op` names the call). */
type LookupTable = {
  readonly [K in ResourceKind]: (d: FacadeDriver, op: string) => Lookup<ResourceOf<K>>;
};

const networking = (d: FacadeDriver, op: string) => need(d, Capability.NETWORKING, op).networking;
const blockStorage = (d: FacadeDriver, op: string) => need(d, Capability.BLOCK_STORAGE, op).blockStorage;

const LOOKUPS: LookupTable = {
  node: (d) =>
    byName(
      (id, s) => d.getNode(id, s),
      (s) => d.listNodes({}, s),
    ),
  size: (d) => byName(undefined, (s) => d.listSizes(s)),
  image: (d, op) => {
    if (!supports(d, Capability.IMAGE_UPLOAD)) return imagesLookup(need(d, Capability.IMAGES, op));
    const images = d.imageUpload;
    return byName(
      (id, s) => images.getImage(id, s),
      (s) => images.listImages(s),
    );
  },
  keyPair: (d, op) => {
    const kp = need(d, Capability.KEY_PAIRS, op);
    return {
      get: (n, s) => kp.getKeyPair(n, s),
      list: (s) => kp.listKeyPairs(s),
      nameOf: (k) => k.name,
      idOf: (k) => k.name,
    };
  },
  volume: (d, op) => {
    const bs = blockStorage(d, op);
    return byName(
      (id, s) => bs.getVolume(id, s),
      (s) => bs.listVolumes(s),
    );
  },
  snapshot: (d, op) => {
    const bs = blockStorage(d, op);
    return byName(
      (id, s) => bs.getSnapshot(id, s),
      (s) => bs.listSnapshots(s),
    );
  },
  network: (d, op) => {
    const n = networking(d, op);
    return byName(
      (id, s) => n.getNetwork(id, s),
      (s) => n.listNetworks(s),
    );
  },
  subnet: (d, op) => {
    const n = networking(d, op);
    return byName(
      (id, s) => n.getSubnet(id, s),
      (s) => n.listSubnets(s),
    );
  },
  router: (d, op) => {
    const n = networking(d, op);
    return byName(
      (id, s) => n.getRouter(id, s),
      (s) => n.listRouters(s),
    );
  },
  port: (d, op) => {
    const n = networking(d, op);
    return byName(
      (id, s) => n.getPort(id, s),
      (s) => n.listPorts({}, s),
    );
  },
  securityGroup: (d, op) => {
    const g = need(d, Capability.SECURITY_GROUPS, op).securityGroups;
    return byName(
      (id, s) => g.getSecurityGroup(id, s),
      (s) => g.listSecurityGroups(s),
    );
  },
  floatingIp: (d, op) => {
    const f = need(d, Capability.FLOATING_IPS, op).floatingIps;
    return {
      get: (id, s) => f.getFloatingIp(id, s),
      list: (s) => f.listFloatingIps(s),
      nameOf: (i) => i.address,
      idOf: (i) => i.id,
    };
  },
  stack: (d, op) => {
    const st = need(d, Capability.STACKS, op).stacks;
    return byName(undefined, (s) => st.listStacks(s));
  },
};

function lookupFor<K extends ResourceKind>(ctx: FacadeContext, kind: K): Lookup<ResourceOf<K>> {
  const make: LookupTable[K] = LOOKUPS[kind];
  return make(ctx.driver, `find('${kind}')`);
}

async function tryGet<T>(lookup: Lookup<T>, id: string, signal?: AbortSignal): Promise<T | undefined> {
  if (lookup.get === undefined) return undefined;
  try {
    return await lookup.get(id, signal);
  } catch (error) {
    if (error instanceof BadRequestError) return undefined; // not an id this provider accepts
    throw error;
  }
}

/**
 * The one find rule, for every kind: the resource with that id, else the one resource with that name;
 * `undefined` when none matches; {@link AmbiguousResourceError} listing the candidates when several do.
 *
 * @param ctx - The facade's driver and options.
 * @param kind - What to look for.
 * @param nameOrId - An id, or a name (a floating IP's name is its address; a key pair's id is its name).
 * @param signal - Aborts the lookup.
 * @returns The resource, or `undefined` when it is absent.
 * @throws {@link AmbiguousResourceError} when several resources have that name.
 * @throws {@link NotSupportedError} when the driver lacks the capability the kind needs.
 */
export async function find<K extends ResourceKind>(
  ctx: FacadeContext,
  kind: K,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<ResourceOf<K> | undefined> {
  const lookup = lookupFor(ctx, kind);
  const byId = await tryGet(lookup, nameOrId, signal);
  if (byId !== undefined) return byId;
  const matches: ResourceOf<K>[] = [];
  for await (const item of lookup.list(signal)) {
    if (lookup.idOf(item) === nameOrId) return item;
    if (lookup.nameOf(item) === nameOrId) matches.push(item);
  }
  if (matches.length <= 1) return matches[0];
  const candidates = matches.map((m) => ({ id: lookup.idOf(m), name: lookup.nameOf(m) }));
  throw new AmbiguousResourceError(kind, nameOrId, candidates);
}
