import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// The facade's ownership marks are `stratus:<deployment>/<resource>`: a `/` that Neutron's one-tag path
// (`PUT …/tags/<tag>`) cannot carry, which once left every floating IP of a deployment unmarked.
describe('ownership marks on Neutron objects (driver.marks)', () => {
  it('adds and reads back a mark holding "/" on a network and a floating IP, keeping other tags', async () => {
    const network = await driver.networking.createNetwork({ name: uniqueName('marks') });
    onCleanup(() => driver.networking.deleteNetwork(network.id), `network ${network.name}`);
    const external = await driver.ext.network.findNetwork(SEED.externalNetwork);
    if (external === undefined) throw new Error(`the seeded network ${SEED.externalNetwork} is missing`);
    const fip = await driver.floatingIps.allocateFloatingIp({ networkId: external.id });
    onCleanup(() => driver.floatingIps.releaseFloatingIp(fip.id), `floating IP ${fip.address}`);
    const deployment = uniqueName('marks');
    for (const [kind, id] of [
      ['network', network.id],
      ['floatingIp', fip.id],
    ] as const) {
      await driver.marks.addMarks(kind, id, ['plain']);
      await driver.marks.addMarks(kind, id, [`stratus:${deployment}/${kind}`]);
      await driver.marks.addMarks(kind, id, [`stratus:${deployment}/${kind}`]);
      expect([...(await driver.marks.getMarks(kind, id))].sort()).toEqual(
        ['plain', `stratus:${deployment}/${kind}`].sort(),
      );
      expect(await driver.marks.listMarked(kind, [`stratus:${deployment}/${kind}`])).toEqual([id]);
    }
  });
});
