import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ResourceFailedError } from '../../../src/compute/resource-failed-error.ts';
import {
  attachVolume,
  detachVolume,
  listVolumeAttachments,
} from '../../../src/drivers/openstack/block-storage/attachments/index.ts';
import { getVolumeQuotas } from '../../../src/drivers/openstack/block-storage/quotas/index.ts';
import { createSnapshot, getSnapshot } from '../../../src/drivers/openstack/block-storage/snapshots/index.ts';
import { listVolumeTypes } from '../../../src/drivers/openstack/block-storage/volume-types/index.ts';
import {
  createVolume,
  deleteVolume,
  extendVolume,
  listVolumes,
  waitForVolumeDeleted,
  waitForVolumeStatus,
} from '../../../src/drivers/openstack/block-storage/volumes/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { collect, serviceClient } from '../network/harness.ts';

const CINDER = 'https://cinder.example.com:8776';
const BASE = '/v3/proj';
const NOVA = 'https://nova.example.com:8774';
const VOL = '51fc1a2b-fb2f-4968-a2b5-af320a7934cf';
const SERVER = 'ac348cf0-be1b-4cdd-aba8-faa112c1b5b1';
const cinder = () => serviceClient('block-storage', 'Cinder', `${CINDER}${BASE}`);
const fast = { intervalMs: 1, maxIntervalMs: 1 };

function volumeIn(status: string): unknown {
  const body = loadFixture('block-storage/volumes/get') as { volume: Record<string, unknown> };
  return { volume: { ...body.volume, status } };
}

describe('volumes', () => {
  it('creates an empty volume, then waits through creating to available (recorded)', async () => {
    const scope = nock(CINDER)
      .post(`${BASE}/volumes`, { volume: { size: 1, name: 'v' } })
      .reply(202, loadFixture('block-storage/volumes/create'))
      .get(`${BASE}/volumes/${VOL}`)
      .reply(200, volumeIn('creating'))
      .get(`${BASE}/volumes/${VOL}`)
      .reply(200, loadFixture('block-storage/volumes/get'));
    const client = cinder();
    const volume = await createVolume(client, { sizeGb: 1, name: 'v' });
    expect(volume).toMatchObject({ status: 'creating', sizeGb: 1, bootable: false });
    const ready = await waitForVolumeStatus(client, volume.id, 'available', fast);
    expect(ready.status).toBe('available');
    expect(scope.isDone()).toBe(true);
  });

  it('sends the source of a volume made from an image, a snapshot or another volume', async () => {
    const created = loadFixture('block-storage/volumes/create');
    const scope = nock(CINDER)
      .post(`${BASE}/volumes`, { volume: { size: 2, imageRef: 'img' } })
      .reply(202, created)
      .post(`${BASE}/volumes`, { volume: { size: null, snapshot_id: 'snap', volume_type: 'fast' } })
      .reply(202, created)
      .post(`${BASE}/volumes`, { volume: { size: null, source_volid: 'src', availability_zone: 'nova' } })
      .reply(202, created);
    const client = cinder();
    await createVolume(client, { sizeGb: 2, source: { kind: 'image', imageId: 'img' } });
    await createVolume(client, { source: { kind: 'snapshot', snapshotId: 'snap' }, volumeType: 'fast' });
    await createVolume(client, { source: { kind: 'volume', volumeId: 'src' }, availabilityZone: 'nova' });
    expect(scope.isDone()).toBe(true);
  });

  it('fails the wait with the status when the volume goes to error', async () => {
    const scope = nock(CINDER).get(`${BASE}/volumes/${VOL}`).reply(200, volumeIn('error'));
    const error: unknown = await waitForVolumeStatus(cinder(), VOL, 'available', fast).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResourceFailedError);
    expect(error).toMatchObject({ state: 'error', resourceId: VOL });
    expect(scope.isDone()).toBe(true);
  });

  it('walks volumes/detail pages through volumes_links', async () => {
    const [first] = (loadFixture('block-storage/volumes/list') as { volumes: unknown[] }).volumes;
    const next = `${CINDER}${BASE}/volumes/detail?limit=1&marker=${VOL}`;
    const scope = nock(CINDER)
      .get(`${BASE}/volumes/detail`)
      .query({ limit: '1' })
      .reply(200, { volumes: [first], volumes_links: [{ rel: 'next', href: next }] })
      .get(`${BASE}/volumes/detail`)
      .query({ limit: '1', marker: VOL })
      .reply(200, { volumes: [{ ...(first as object), id: 'second' }] });
    const ids = (await collect(listVolumes(cinder(), { pageSize: 1 }))).map((v) => v.id);
    expect(ids).toEqual([VOL, 'second']);
    expect(scope.isDone()).toBe(true);
  });

  it('extends, deletes with cascade and waits until Cinder answers 404', async () => {
    const scope = nock(CINDER)
      .post(`${BASE}/volumes/${VOL}/action`, { 'os-extend': { new_size: 2 } })
      .reply(202)
      .delete(`${BASE}/volumes/${VOL}`)
      .query({ cascade: 'true' })
      .reply(202)
      .get(`${BASE}/volumes/${VOL}`)
      .reply(200, volumeIn('deleting'))
      .get(`${BASE}/volumes/${VOL}`)
      .reply(404, { itemNotFound: { code: 404, message: 'Volume could not be found.' } });
    const client = cinder();
    await extendVolume(client, VOL, 2);
    await deleteVolume(client, VOL, { cascade: true });
    await waitForVolumeDeleted(client, VOL, fast);
    expect(scope.isDone()).toBe(true);
  });
});

describe('attachments through Nova', () => {
  it('attaches, waits for in-use, lists and detaches back to available', async () => {
    const nova = serviceClient('compute', 'Nova', `${NOVA}/v2.1`);
    const att = (loadFixture('block-storage/attachments/list') as { volumeAttachments: unknown[] })
      .volumeAttachments[0];
    const novaScope = nock(NOVA)
      .post(`/v2.1/servers/${SERVER}/os-volume_attachments`, { volumeAttachment: { volumeId: VOL } })
      .reply(200, { volumeAttachment: att })
      .get(`/v2.1/servers/${SERVER}/os-volume_attachments`)
      .reply(200, loadFixture('block-storage/attachments/list'))
      .delete(`/v2.1/servers/${SERVER}/os-volume_attachments/${VOL}`)
      .reply(202);
    const cinderScope = nock(CINDER)
      .get(`${BASE}/volumes/${VOL}`)
      .reply(200, volumeIn('attaching'))
      .get(`${BASE}/volumes/${VOL}`)
      .reply(200, loadFixture('block-storage/volumes/get.in-use'))
      .get(`${BASE}/volumes/${VOL}`)
      .reply(200, loadFixture('block-storage/volumes/get'));
    const clients = { compute: nova, blockStorage: cinder() };
    const attachment = await attachVolume(clients, SERVER, VOL, { waitOptions: fast });
    expect(attachment).toEqual({ id: VOL, serverId: SERVER, volumeId: VOL, device: '/dev/sdb' });
    expect((await listVolumeAttachments(nova, SERVER)).map((a) => a.volumeId)).toEqual([VOL]);
    await detachVolume(clients, SERVER, VOL, { waitOptions: fast });
    expect(novaScope.isDone() && cinderScope.isDone()).toBe(true);
  });
});

describe('snapshots, types and quotas', () => {
  it('creates and gets a snapshot, lists types, reads quotas (recorded)', async () => {
    const scope = nock(CINDER)
      .post(`${BASE}/snapshots`, { snapshot: { volume_id: VOL, force: false, name: 's' } })
      .reply(202, loadFixture('block-storage/snapshots/create'))
      .get(`${BASE}/snapshots/snap`)
      .reply(200, loadFixture('block-storage/snapshots/get'))
      .get(`${BASE}/types`)
      .reply(200, loadFixture('block-storage/volume-types/list'))
      .get(`${BASE}/os-quota-sets/proj`)
      .query({ usage: 'true' })
      .reply(200, loadFixture('block-storage/quotas/get'));
    const client = cinder();
    expect((await createSnapshot(client, { volumeId: VOL, name: 's' })).status).toBe('creating');
    expect(await getSnapshot(client, 'snap')).toMatchObject({
      status: 'available',
      volumeId: VOL,
      sizeGb: 1,
    });
    expect((await listVolumeTypes(client)).map((t) => t.name)).toContain('__DEFAULT__');
    const quotas = await getVolumeQuotas(client, 'proj');
    expect(quotas.volumes?.limit).toBeGreaterThan(0);
    expect(quotas).not.toHaveProperty('id');
    expect(scope.isDone()).toBe(true);
  });
});
