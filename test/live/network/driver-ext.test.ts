import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Capability } from '../../../src/compute/capabilities.ts';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { onCleanup, SEED, uniqueName } from '../helpers/cloud.ts';
import { openStreamingSession } from './session.ts';

let driver: OpenStackNodeDriver;

beforeAll(() => {
  driver = new OpenStackNodeDriver({ session: openStreamingSession() });
});
afterAll(async () => {
  await driver.close();
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('the OpenStack driver’s service namespaces on the local cloud', () => {
  it('backs the portable images with Glance and the portable volumes with Cinder', async () => {
    expect(driver.capabilities.has(Capability.IMAGES)).toBe(true);
    expect(driver.capabilities.has(Capability.VOLUMES)).toBe(true);
    if (driver.listImages === undefined) throw new Error('listImages is missing');
    const images = await collect(driver.listImages());
    const seed = images.find((i) => i.name === SEED.image);
    expect(seed?.id).toBeDefined();
    expect(await driver.getImage?.(seed?.id ?? '')).toMatchObject({ name: SEED.image });
    expect(await driver.getImage?.('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    const name = uniqueName('driver-volume');
    const volume = await driver.createVolume?.({ sizeGb: 1, name });
    if (volume === undefined) throw new Error('createVolume is missing');
    onCleanup(async () => {
      await driver.ext.blockStorage.waitForVolumeStatus(volume.id, 'available', { intervalMs: 500 });
      await driver.destroyVolume?.(volume);
      await driver.ext.blockStorage.waitForVolumeDeleted(volume.id, { intervalMs: 500 });
    }, `volume ${name}`);
    expect(volume).toMatchObject({ name, sizeGb: 1, state: 'creating' });
    const bs = driver.ext.blockStorage;
    await bs.waitForVolumeStatus(volume.id, 'available', { intervalMs: 500 });
    const net = await driver.ext.network.findNetwork(SEED.privateNetwork);
    if (net === undefined) throw new Error(`the seeded network ${SEED.privateNetwork} is missing`);
    let size = '';
    for await (const s of driver.listSizes()) if (s.name === SEED.flavors[0]) size = s.id;
    const node = await driver.createNode({
      name: uniqueName('driver-node'),
      size,
      image: seed?.id ?? '',
      networks: [{ networkId: net.id }],
    });
    onCleanup(async () => {
      await driver.destroyNode(node);
      await driver.waitUntilDeleted(node, { intervalMs: 1000 });
    }, `server ${node.name}`);
    await driver.waitUntilRunning(node, { intervalMs: 1000 });
    await driver.attachVolume?.(node, volume);
    expect(
      (await bs.waitForVolumeStatus(volume.id, 'in-use', { intervalMs: 500 })).attachments[0]?.serverId,
    ).toBe(node.id);
    await driver.detachVolume?.(volume);
    expect((await bs.waitForVolumeStatus(volume.id, 'available', { intervalMs: 500 })).attachments).toEqual(
      [],
    );
  });

  it('exposes Neutron, floating IPs, security groups and Heat under driver.ext', async () => {
    const pools = await collect(driver.ext.floatingIps.listPools());
    expect(pools.map((p) => p.name)).toContain(SEED.externalNetwork);
    const net = await driver.ext.network.findNetwork(SEED.privateNetwork);
    if (net === undefined) throw new Error(`the seeded network ${SEED.privateNetwork} is missing`);
    expect(net.subnetIds.length).toBeGreaterThan(0);
    const groups = await collect(driver.ext.securityGroups.listSecurityGroups({ name: 'default' }));
    expect(groups).toHaveLength(1);
    const types = await driver.ext.blockStorage.listVolumeTypes();
    expect(types.length).toBeGreaterThan(0);
    expect(Array.isArray(await collect(driver.ext.orchestration.listStacks({ pageSize: 5 })))).toBe(true);
  });
});
