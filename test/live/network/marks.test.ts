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

describe('the marks option of the portable creates (OpenStack writes them right after the create)', () => {
  it('a network, a security group and a floating IP come back carrying their marks, and Neutron has them', async () => {
    const deployment = uniqueName('marks');
    const mark = (r: string) => `stratus:${deployment}/${r}`;
    const network = await driver.networking.createNetwork({
      name: uniqueName('marks'),
      marks: [mark('net')],
    });
    onCleanup(() => driver.networking.deleteNetwork(network.id), `network ${network.name}`);
    const group = await driver.securityGroups.createSecurityGroup({
      name: uniqueName('marks'),
      marks: [mark('sg')],
    });
    onCleanup(() => driver.securityGroups.deleteSecurityGroup(group.id), `security group ${group.name}`);
    const external = await driver.ext.network.findNetwork(SEED.externalNetwork);
    if (external === undefined) throw new Error(`the seeded network ${SEED.externalNetwork} is missing`);
    const fip = await driver.floatingIps.allocateFloatingIp({ networkId: external.id, marks: [mark('ip')] });
    onCleanup(() => driver.floatingIps.releaseFloatingIp(fip.id), `floating IP ${fip.address}`);
    for (const [kind, object, resource] of [
      ['network', network, 'net'],
      ['securityGroup', group, 'sg'],
      ['floatingIp', fip, 'ip'],
    ] as const) {
      expect(object.marks).toContain(mark(resource));
      expect(await driver.marks.getMarks(kind, object.id)).toContain(mark(resource));
    }
  });
});
