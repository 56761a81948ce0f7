// The facade's CPI calls live on the local cloud: BOSH semantics end to end, and handles polled by a second facade.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenStackSession } from '../../../src/auth/session.ts';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { CpiError } from '../../../src/facade/cpi/cpi-error.ts';
import { createFacade } from '../../../src/facade/create-facade.ts';
import type { Facade } from '../../../src/facade/facade.ts';
import type { OperationStatus } from '../../../src/facade/handles/operation-status.ts';
import { SEED } from '../helpers/cloud.ts';
import { openSession } from '../helpers/session.ts';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const prefix = `t-cpi-${process.pid}`;
let session: OpenStackSession;
let driver: OpenStackNodeDriver;
let facade: Facade;
let networkId: string;

beforeAll(async () => {
  session = openSession();
  driver = new OpenStackNodeDriver({ session });
  facade = createFacade(driver, { waitTimeoutMs: 180_000 });
  const network = await facade.find('network', SEED.privateNetwork);
  if (network === undefined) throw new Error(`${SEED.privateNetwork} is not seeded: run npm run cloud:up`);
  networkId = network.id;
});

afterAll(async () => {
  for (const server of await driver.resources.servers.list(undefined)) {
    if (server.name.startsWith(prefix)) await facade.cpi.deleteVm(server.id);
  }
  for (const volume of await driver.resources.volumes.list(undefined)) {
    if (volume.name.startsWith(prefix)) await facade.cpi.deleteDisk(volume.id);
  }
  await session.close();
});

async function leftovers(): Promise<string[]> {
  const servers = await driver.resources.servers.list(undefined);
  return servers.filter((s) => s.name.startsWith(prefix)).map((s) => s.name);
}

async function settle(handle: string): Promise<OperationStatus> {
  const poller = createFacade(driver); // a second facade: nothing local is shared with the starter
  for (let i = 0; i < 120; i++) {
    const status = await poller.status(handle);
    if (status.state !== 'IN_PROGRESS') return status;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`operation still IN_PROGRESS after 120 s: ${handle}`);
}

describe('facade CPI, live', () => {
  it.each([
    ['flavor', { image: SEED.image, flavor: 'no-such-flavor' }],
    ['image', { image: 'no-such-image', flavor: 'm1.nano' }],
  ])(
    'create_vm with a missing %s: RESOURCE_NOT_FOUND, retry-safe, nothing left behind',
    async (_what, refs) => {
      const error = await facade.cpi
        .createVm({ name: `${prefix}-missing`, networkIds: [networkId], ...refs })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CpiError);
      expect((error as CpiError).failureCode).toBe('RESOURCE_NOT_FOUND');
      expect((error as CpiError).retrySafe).toBe(true);
      expect(await leftovers()).toEqual([]);
    },
  );

  it('deleting an absent VM or disk reports done', async () => {
    expect(await facade.cpi.deleteVm(NO_SUCH_ID)).toEqual({ id: NO_SUCH_ID, deleted: false });
    expect(await facade.cpi.deleteDisk(NO_SUCH_ID)).toEqual({ id: NO_SUCH_ID, deleted: false });
    expect(await facade.cpi.hasVm(NO_SUCH_ID)).toBe(false);
  });

  it('a 1000 MiB disk is refused with the 1024 MiB minimum named, before any request', async () => {
    await expect(facade.cpi.createDisk({ sizeMiB: 1000, name: `${prefix}-small` })).rejects.toThrow(
      ConfigurationError,
    );
    await expect(facade.cpi.createDisk({ sizeMiB: 1000 })).rejects.toThrow('minimum is 1024 MiB');
  });

  it('VM and disk life: create, metadata, attach returns the device, detach, resize, snapshot, deletes', async () => {
    const vm = await facade.cpi.createVm({
      name: `${prefix}-vm`,
      image: SEED.image,
      flavor: 'm1.nano',
      networkIds: [networkId],
    });
    expect(vm.privateIp).toMatch(/^10\.0\.0\./);
    expect(await facade.cpi.hasVm(vm.vmId)).toBe(true);
    await facade.cpi.setVmMetadata(vm.vmId, { director: 'live-test' });
    const disk = await facade.cpi.createDisk({ sizeMiB: 1025, name: `${prefix}-disk` });
    expect(disk.sizeGb).toBe(2);
    const attached = await facade.cpi.attachDisk(vm.vmId, disk.diskId);
    expect(attached.device).toMatch(/^\/dev\//);
    expect(await facade.cpi.attachDisk(vm.vmId, disk.diskId)).toEqual(attached);
    await facade.cpi.detachDisk(vm.vmId, disk.diskId);
    expect(await facade.cpi.resizeDisk(disk.diskId, 3000)).toEqual({ sizeGb: 3 });
    const { snapshotId } = await facade.cpi.snapshotDisk(disk.diskId, 'live');
    expect(await facade.cpi.deleteSnapshot(snapshotId)).toEqual({ id: snapshotId, deleted: true });
    expect(await facade.cpi.deleteDisk(disk.diskId)).toEqual({ id: disk.diskId, deleted: true });
    expect(await facade.cpi.deleteVm(vm.vmId)).toEqual({ id: vm.vmId, deleted: true });
    expect(await facade.cpi.hasVm(vm.vmId)).toBe(false);
  }, 300_000);

  it('start create/delete handles reach COMPLETE when polled by another facade', async () => {
    const create = await facade.startCreateVm({
      name: `${prefix}-h`,
      image: SEED.image,
      flavor: 'm1.nano',
      networkIds: [networkId],
    });
    expect(create).not.toContain(networkId); // opaque: the body is encoded
    const created = await settle(create);
    expect(created.state).toBe('COMPLETE');
    const vm = created.topology.vm;
    if (vm === null || vm === undefined) throw new Error('no vm in the topology');
    expect(created.state === 'COMPLETE' && created.outputs.vmId).toBe(vm.id);
    const removed = await settle(await facade.startDeleteVm(vm.id));
    expect(removed).toEqual({ state: 'COMPLETE', outputs: {}, topology: { vm: null } });
  }, 300_000);
});
