// The facade's CPI calls live on the local cloud: BOSH semantics end to end, and handles polled by a second facade.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenStackSession } from '../../../src/auth/session.ts';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { DiskSizeError } from '../../../src/facade/cpi/disk-size.ts';
import { createFacade, type Facade } from '../../../src/facade/create-facade.ts';
import { FacadeOperationError } from '../../../src/facade/failure/facade-error.ts';
import type { OperationStatus } from '../../../src/facade/handles/types.ts';
import { SEED } from '../helpers/cloud.ts';
import { openSession } from '../helpers/session.ts';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const prefix = `t-facade-core-${process.pid}`;
let session: OpenStackSession;
let driver: OpenStackNodeDriver;
let facade: Facade;

beforeAll(async () => {
  session = openSession();
  driver = new OpenStackNodeDriver({ session });
  facade = createFacade(driver, { timeoutMs: 180_000, pollIntervalMs: 500 });
  if ((await facade.find('network', SEED.privateNetwork)) === undefined)
    throw new Error(`${SEED.privateNetwork} is not seeded: run npm run cloud:up`);
});

afterAll(async () => {
  for await (const node of driver.listNodes()) {
    if (node.name.startsWith(prefix)) await facade.cpi.deleteVm(node.id);
  }
  for await (const volume of driver.blockStorage.listVolumes()) {
    if (volume.name.startsWith(prefix)) await facade.cpi.deleteDisk(volume.id);
  }
  for await (const port of driver.networking.listPorts()) {
    if (port.name.startsWith(prefix)) await driver.networking.deletePort(port.id);
  }
  await session.close();
});

async function leftovers(): Promise<string[]> {
  const names: string[] = [];
  for await (const node of driver.listNodes()) if (node.name.startsWith(prefix)) names.push(node.name);
  for await (const port of driver.networking.listPorts())
    if (port.name.startsWith(prefix)) names.push(port.name);
  return names;
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

const network = { network: SEED.privateNetwork };

describe('facade CPI, live', () => {
  it.each([
    ['flavor', { stemcell: SEED.image, instanceType: 'no-such-flavor' }],
    ['image', { stemcell: 'no-such-image', instanceType: 'm1.nano' }],
  ])(
    'create_vm with a missing %s: RESOURCE_NOT_FOUND, retry-safe, nothing left behind',
    async (_what, refs) => {
      const error = await facade.cpi
        .createVm({ name: `${prefix}-missing`, networks: [{ ...network, ip: '10.0.0.213' }], ...refs })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FacadeOperationError);
      expect((error as FacadeOperationError).failureCode).toBe('RESOURCE_NOT_FOUND');
      expect((error as FacadeOperationError).retrySafe).toBe(true);
      expect(await leftovers()).toEqual([]);
    },
  );

  it('deleting an absent VM, disk or snapshot reports done (absent)', async () => {
    expect(await facade.cpi.deleteVm(NO_SUCH_ID)).toEqual({ outcome: 'absent', id: NO_SUCH_ID });
    expect(await facade.cpi.deleteDisk(NO_SUCH_ID)).toEqual({ outcome: 'absent', id: NO_SUCH_ID });
    expect(await facade.cpi.deleteSnapshot(NO_SUCH_ID)).toEqual({ outcome: 'absent', id: NO_SUCH_ID });
    expect(await facade.cpi.hasVm(NO_SUCH_ID)).toBe(false);
    expect(await facade.cpi.hasDisk(NO_SUCH_ID)).toBe(false);
  });

  it('a 1000 MiB disk is refused with the 1024 MiB minimum named, before any request', async () => {
    const error = await facade.cpi
      .createDisk({ sizeMiB: 1000, name: `${prefix}-small` })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiskSizeError);
    expect((error as Error).message).toContain('minimum disk size is 1024 MiB');
  });

  it('VM and disk life: static IP port, metadata, attach returns the device, detach, resize, snapshot, deletes', async () => {
    const vm = await facade.cpi.createVm({
      name: `${prefix}-vm`,
      stemcell: SEED.image,
      instanceType: 'm1.nano',
      networks: [{ ...network, ip: '10.0.0.214' }],
    });
    expect(vm.portIds).toHaveLength(1);
    const node = await driver.getNode(vm.vmId);
    expect(node?.privateIps).toContain('10.0.0.214');
    expect(await facade.cpi.hasVm(vm.vmId)).toBe(true);
    await facade.cpi.setVmMetadata(vm.vmId, { director: 'live-test' });
    expect(await driver.provisioning.getNodeMetadata(vm.vmId)).toMatchObject({ director: 'live-test' });
    const disk = await facade.cpi.createDisk({ sizeMiB: 1025, name: `${prefix}-disk`, vmId: vm.vmId });
    expect((await driver.blockStorage.getVolume(disk.diskId))?.sizeGb).toBe(2);
    const attached = await facade.cpi.attachDisk(vm.vmId, disk.diskId);
    expect(attached.device).toMatch(/^\/dev\//);
    expect(await facade.cpi.attachDisk(vm.vmId, disk.diskId)).toEqual(attached);
    expect(await facade.cpi.detachDisk(vm.vmId, disk.diskId)).toEqual({
      outcome: 'deleted',
      id: disk.diskId,
    });
    expect(await facade.cpi.detachDisk(vm.vmId, disk.diskId)).toEqual({ outcome: 'absent', id: disk.diskId });
    expect(await facade.cpi.resizeDisk(disk.diskId, 3000)).toEqual({ sizeGb: 3 });
    const { snapshotId } = await facade.cpi.snapshotDisk(disk.diskId, { name: `${prefix}-snap` });
    expect(await facade.cpi.deleteSnapshot(snapshotId)).toEqual({ outcome: 'deleted', id: snapshotId });
    expect(await facade.cpi.deleteDisk(disk.diskId)).toEqual({ outcome: 'deleted', id: disk.diskId });
    expect(await facade.cpi.deleteVm(vm.vmId)).toEqual({ outcome: 'deleted', id: vm.vmId });
    expect(await facade.cpi.hasVm(vm.vmId)).toBe(false);
    expect(await driver.networking.getPort(vm.portIds[0] ?? '')).toBeUndefined();
  }, 300_000);

  it('start create/delete handles reach COMPLETE when polled by another facade', async () => {
    const create = await facade.cpi.startCreateVm({
      name: `${prefix}-h`,
      stemcell: SEED.image,
      instanceType: 'm1.nano',
      networks: [network],
    });
    const created = await settle(create);
    expect(created.state).toBe('COMPLETE');
    const vm = created.topology.vm;
    if (vm === null || vm === undefined) throw new Error('no vm in the topology');
    expect(created.outputs.vmId).toBe(vm.id);
    expect(created.outputs.privateIp).toMatch(/^10\.0\.0\./);
    const removed = await settle(await facade.cpi.startDeleteVm(vm.id));
    expect(removed).toEqual({ state: 'COMPLETE', outputs: { vmId: vm.id }, topology: { vm: null } });
  }, 300_000);

  it('stemcells: a streamed upload boots a VM and is deleted; a light stemcell never deletes its image', async () => {
    // 2 MiB in 64 KiB chunks, from a generator: the upload is streamed, never held whole.
    async function* chunks(): AsyncIterable<Uint8Array> {
      for (let i = 0; i < 32; i++) yield new Uint8Array(64 * 1024).fill(i);
    }
    const { stemcellId } = await facade.cpi.createStemcell({
      name: `${prefix}-stemcell`,
      data: chunks(),
      diskFormat: 'raw',
      properties: { os_distro: 'ubuntu', stemcell_version: '1.0' },
    });
    const image = await driver.imageUpload.getImage(stemcellId);
    expect(image).toMatchObject({ status: 'active', sizeBytes: 2 * 1024 * 1024 });
    const vm = await facade.cpi.createVm({
      name: `${prefix}-from-stemcell`,
      stemcell: stemcellId,
      instanceType: 'm1.nano',
      networks: [network],
    });
    expect((await driver.getNode(vm.vmId))?.imageId).toBe(stemcellId);
    expect(await facade.cpi.deleteVm(vm.vmId)).toMatchObject({ outcome: 'deleted' });
    expect(await facade.cpi.deleteStemcell(stemcellId)).toEqual({ outcome: 'deleted', id: stemcellId });
    expect(await driver.imageUpload.getImage(stemcellId)).toBeUndefined();
    expect(await facade.cpi.deleteStemcell(stemcellId)).toEqual({ outcome: 'absent', id: stemcellId });

    const light = await facade.cpi.createStemcell({ lightImage: SEED.image });
    expect(light.stemcellId).toMatch(/ light$/);
    expect(await facade.cpi.deleteStemcell(light.stemcellId)).toMatchObject({ outcome: 'absent' });
    expect((await facade.find('image', SEED.image))?.name).toBe(SEED.image);
    await expect(facade.cpi.createStemcell({ lightImage: 'no-such-stemcell-image' })).rejects.toMatchObject({
      failureCode: 'RESOURCE_NOT_FOUND',
    });
  }, 300_000);
});
