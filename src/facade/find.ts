import {
  Capability,
  type FloatingIp,
  type ImageManagement,
  type KeyPair,
  type NodeImage,
  type StoredImage,
  supports,
} from '../compute/index.ts';
import { AmbiguousResourceError } from '../errors/ambiguous-resource-error.ts';
import { BadRequestError } from '../errors/http-status-errors.ts';
import { type FacadeContext, need } from './context.ts';
import type { ResourceKind, ResourceOf } from './types.ts';

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

function lookupFor<K extends ResourceKind>(ctx: FacadeContext, kind: K): Lookup<ResourceOf<K>>;
function lookupFor(ctx: FacadeContext, kind: ResourceKind): Lookup<ResourceOf<ResourceKind>> {
  const d = ctx.driver;
  const op = `find('${kind}')`;
  switch (kind) {
    case 'node':
      return byName(
        (id, s) => d.getNode(id, s),
        (s) => d.listNodes({}, s),
      );
    case 'size':
      return byName(undefined, (s) => d.listSizes(s));
    case 'image': {
      if (!supports(d, Capability.IMAGE_UPLOAD)) return imagesLookup(need(d, Capability.IMAGES, op));
      const images = d.imageUpload;
      return byName(
        (id, s) => images.getImage(id, s),
        (s) => images.listImages(s),
      );
    }
    case 'keyPair': {
      const kp = need(d, Capability.KEY_PAIRS, op);
      const lookup: Lookup<KeyPair> = {
        get: (n, s) => kp.getKeyPair(n, s),
        list: (s) => kp.listKeyPairs(s),
        nameOf: (k) => k.name,
        idOf: (k) => k.name,
      };
      return lookup;
    }
    case 'volume': {
      const bs = need(d, Capability.BLOCK_STORAGE, op).blockStorage;
      return byName(
        (id, s) => bs.getVolume(id, s),
        (s) => bs.listVolumes(s),
      );
    }
    case 'snapshot': {
      const bs = need(d, Capability.BLOCK_STORAGE, op).blockStorage;
      return byName(
        (id, s) => bs.getSnapshot(id, s),
        (s) => bs.listSnapshots(s),
      );
    }
    case 'network': {
      const n = need(d, Capability.NETWORKING, op).networking;
      return byName(
        (id, s) => n.getNetwork(id, s),
        (s) => n.listNetworks(s),
      );
    }
    case 'subnet': {
      const n = need(d, Capability.NETWORKING, op).networking;
      return byName(
        (id, s) => n.getSubnet(id, s),
        (s) => n.listSubnets(s),
      );
    }
    case 'router': {
      const n = need(d, Capability.NETWORKING, op).networking;
      return byName(
        (id, s) => n.getRouter(id, s),
        (s) => n.listRouters(s),
      );
    }
    case 'port': {
      const n = need(d, Capability.NETWORKING, op).networking;
      return byName(
        (id, s) => n.getPort(id, s),
        (s) => n.listPorts({}, s),
      );
    }
    case 'securityGroup': {
      const g = need(d, Capability.SECURITY_GROUPS, op).securityGroups;
      return byName(
        (id, s) => g.getSecurityGroup(id, s),
        (s) => g.listSecurityGroups(s),
      );
    }
    case 'floatingIp': {
      const f = need(d, Capability.FLOATING_IPS, op).floatingIps;
      const lookup: Lookup<FloatingIp> = {
        get: (id, s) => f.getFloatingIp(id, s),
        list: (s) => f.listFloatingIps(s),
        nameOf: (i) => i.address,
        idOf: (i) => i.id,
      };
      return lookup;
    }
    case 'stack': {
      const st = need(d, Capability.STACKS, op).stacks;
      return byName(undefined, (s) => st.listStacks(s));
    }
  }
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
