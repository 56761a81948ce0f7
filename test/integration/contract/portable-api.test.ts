// One contract over the portable API, run against every OpenStack NodeDriver subclass (1.0 in JSON and XML,
// 1.1). Each world serves the same logical cloud in its own API's shape; the assertions never mention an API.
import { afterEach, describe, expect, it } from 'vitest';
import { Capability, supports } from '../../../src/compute/capabilities.ts';
import type { Node } from '../../../src/compute/models/node.ts';
import { NodeState } from '../../../src/compute/node-state.ts';
import type { World, WorldFactory } from './world.ts';
import { v10World } from './world-v1-0.ts';
import { v11World } from './world-v1-1.ts';

/** The methods each capability promises: a driver without the capability must not have them at all. */
const CAPABILITY_METHODS: Readonly<Record<Capability, readonly string[]>> = {
  power: ['startNode', 'stopNode'],
  keyPairs: [
    'listKeyPairs',
    'getKeyPair',
    'createKeyPair',
    'importKeyPairFromString',
    'importKeyPairFromFile',
    'deleteKeyPair',
  ],
  images: ['listImages', 'getImage', 'deleteImage'],
  nodeImages: ['createImage'],
  volumes: ['listVolumes', 'createVolume', 'destroyVolume', 'attachVolume', 'detachVolume'],
  resources: ['resources'],
  stacks: ['stacks'],
  extras: ['extras'],
};

const WORLDS: readonly (readonly [string, WorldFactory])[] = [
  ['OpenStack 1.0 (JSON)', v10World('json')],
  ['OpenStack 1.0 (XML)', v10World('xml')],
  ['OpenStack 1.1', v11World()],
];

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe.each(WORLDS)('portable API contract: %s', (_name, makeWorld) => {
  let world: World;
  afterEach(async () => {
    await world.close();
  });
  const start = (): World => {
    world = makeWorld();
    return world;
  };

  it('lists nodes with portable states and public/private addresses', async () => {
    const { driver, ids } = start();
    world.serveNodes();
    const nodes = await collect(driver.listNodes());
    expect(nodes.map((n) => [n.id, n.name, n.state])).toEqual([
      [ids.running, 'web-01', NodeState.RUNNING],
      [ids.pending, 'db-01', NodeState.PENDING],
    ]);
    expect(nodes[0]?.publicIps).toContain('198.51.100.21');
    expect(nodes[0]?.privateIps).toContain('10.176.40.21');
    expect(nodes[0]?.imageId).toBe(ids.image);
  });

  it('gets a node by id, and undefined for one that does not exist', async () => {
    const { driver, ids } = start();
    world.serveNode(ids.running, 'running');
    world.serveMissingNode(ids.missing);
    expect(await driver.getNode(ids.running)).toMatchObject({ id: ids.running, state: NodeState.RUNNING });
    expect(await driver.getNode(ids.missing)).toBeUndefined();
  });

  it('creates a node that starts pending, with the name asked for', async () => {
    const { driver, ids } = start();
    world.serveCreate();
    const node = await driver.createNode({ name: 'app-01', size: ids.size, image: ids.image });
    expect(node).toMatchObject({ id: ids.created, name: 'app-01', state: NodeState.PENDING });
  });

  it('waits until a node runs by polling it by id', async () => {
    const { driver, ids } = start();
    world.serveNode(ids.created, 'pending');
    world.serveNode(ids.created, 'running');
    const [node] = await driver.waitUntilRunning(ids.created, {
      intervalMs: 1,
      maxIntervalMs: 1,
      timeoutMs: 5_000,
    });
    expect(node?.state).toBe(NodeState.RUNNING);
  });

  it('waits until a node is gone', async () => {
    const { driver, ids } = start();
    world.serveNode(ids.running, 'running');
    world.serveMissingNode(ids.running);
    await driver.waitUntilDeleted(ids.running, { intervalMs: 1, maxIntervalMs: 1, timeoutMs: 5_000 });
  });

  it('reboots soft by default and hard on request, and destroys a node given as an object', async () => {
    const { driver, ids } = start();
    world.serveReboot(ids.running, false);
    world.serveReboot(ids.running, true);
    world.serveDestroy(ids.running);
    await driver.rebootNode(ids.running);
    await driver.rebootNode(ids.running, { hard: true });
    await driver.destroyNode(listedNode(ids.running));
  });

  it('lists sizes with RAM in MiB and disk in GB', async () => {
    const { driver, ids } = start();
    world.serveSizes();
    const sizes = await collect(driver.listSizes());
    expect(sizes.find((s) => s.id === ids.size)).toMatchObject({ ramMiB: 512, diskGb: 20 });
    for (const size of sizes) expect(typeof size.vcpus).toBe('number');
  });

  it('lists only locations the API really has', async () => {
    const { driver } = start();
    world.serveLocations();
    const locations = await collect(driver.listLocations());
    expect(locations).toHaveLength(world.locationCount);
    for (const location of locations) expect(typeof location.name).toBe('string');
  });

  it('declares only capabilities whose members exist, and has no members for the others', () => {
    const { driver } = start();
    for (const capability of Object.values(Capability)) {
      const declared = driver.capabilities.has(capability);
      expect(supports(driver, capability), capability).toBe(declared);
      if (declared) continue;
      for (const method of CAPABILITY_METHODS[capability]) {
        expect(Reflect.get(driver, method), `${capability}.${method}`).toBeUndefined();
      }
    }
  });

  it('lists and gets images exactly when it has the images capability', async () => {
    const { driver, ids } = start();
    expect(supports(driver, Capability.IMAGES)).toBe(world.serveImages !== undefined);
    if (!supports(driver, Capability.IMAGES) || !world.serveImages || !world.serveImage) return;
    world.serveImages();
    world.serveImage(ids.image);
    const images = await collect(driver.listImages());
    expect(images[0]).toMatchObject({ id: ids.image });
    expect(await driver.getImage(ids.image)).toMatchObject({ id: ids.image });
  });

  it('makes an image of a node exactly when it has the node-images capability', async () => {
    const { driver, ids } = start();
    expect(supports(driver, Capability.NODE_IMAGES)).toBe(world.serveCreateImage !== undefined);
    if (!supports(driver, Capability.NODE_IMAGES) || !world.serveCreateImage) return;
    world.serveCreateImage();
    const image = await driver.createImage(ids.running, 'backup');
    expect(image.name).toBe('backup');
  });
});

/**
 * @param id - The node id.
 * @returns A node as a caller holding a listed node would pass it.
 */
function listedNode(id: string): Node<unknown> {
  return {
    id,
    name: 'web-01',
    state: NodeState.RUNNING,
    publicIps: [],
    privateIps: [],
    sizeId: undefined,
    imageId: undefined,
    createdAt: undefined,
    failureReason: undefined,
    extra: {},
  };
}
