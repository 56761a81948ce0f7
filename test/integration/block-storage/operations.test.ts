// The Cinder operations not covered elsewhere: get/find/update, snapshots, volume types, quotas.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { updateVolumeQuotas } from '../../../src/drivers/openstack/block-storage/quotas/index.ts';
import {
  deleteSnapshot,
  findSnapshot,
  listSnapshots,
  updateSnapshot,
  waitForSnapshotStatus,
} from '../../../src/drivers/openstack/block-storage/snapshots/index.ts';
import {
  createVolumeType,
  deleteVolumeType,
  getVolumeType,
} from '../../../src/drivers/openstack/block-storage/volume-types/index.ts';
import {
  findVolume,
  getVolume,
  updateVolume,
} from '../../../src/drivers/openstack/block-storage/volumes/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { collect, serviceClient } from '../network/harness.ts';

const HOST = 'https://cinder.example.com:8776';
const BASE = '/v3/proj';
const ID = '51fc1a2b-fb2f-4968-a2b5-af320a7934cf';
const cinder = () => serviceClient('block-storage', 'Cinder', `${HOST}${BASE}`);
const volume = (loadFixture('block-storage/volumes/get') as { volume: object }).volume;
const snapshot = (loadFixture('block-storage/snapshots/get') as { snapshot: object }).snapshot;
const type = (loadFixture('block-storage/volume-types/list') as { volume_types: object[] }).volume_types[0];
const fast = { intervalMs: 1, maxIntervalMs: 1 };

describe('Cinder operations', () => {
  it('gets, finds and updates volumes', async () => {
    const scope = nock(HOST)
      .get(`${BASE}/volumes/${ID}`)
      .reply(200, { volume })
      .get(`${BASE}/volumes/detail`)
      .query({ name: 'data', limit: '100' })
      .reply(200, { volumes: [volume] })
      .put(`${BASE}/volumes/${ID}`, { volume: { name: 'data2', metadata: { a: 'b' } } })
      .reply(200, { volume: { ...volume, name: 'data2', metadata: { a: 'b' } } });
    const c = cinder();
    expect((await getVolume(c, ID)).status).toBe('available');
    expect((await findVolume(c, 'data'))?.id).toBe(ID);
    expect(await updateVolume(c, ID, { name: 'data2', metadata: { a: 'b' } })).toMatchObject({
      name: 'data2',
      metadata: { a: 'b' },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('lists, finds, renames, deletes snapshots and waits until one is gone', async () => {
    const scope = nock(HOST)
      .get(`${BASE}/snapshots/detail`)
      .query({ volume_id: ID, limit: '100' })
      .reply(200, { snapshots: [snapshot] })
      .get(`${BASE}/snapshots/detail`)
      .query({ name: 's', limit: '100' })
      .reply(200, { snapshots: [snapshot] })
      .put(`${BASE}/snapshots/snap`, { snapshot: { name: 't' } })
      .reply(200, { snapshot: { ...snapshot, name: 't' } })
      .delete(`${BASE}/snapshots/snap`)
      .reply(202)
      .get(`${BASE}/snapshots/snap`)
      .reply(200, { snapshot: { ...snapshot, status: 'deleting' } })
      .get(`${BASE}/snapshots/snap`)
      .reply(404, { itemNotFound: { code: 404, message: 'Snapshot snap could not be found.' } });
    const c = cinder();
    expect(await collect(listSnapshots(c, { volumeId: ID }))).toHaveLength(1);
    expect((await findSnapshot(c, 's'))?.volumeId).toBe(ID);
    expect((await updateSnapshot(c, 'snap', { name: 't' })).name).toBe('t');
    await deleteSnapshot(c, 'snap');
    expect(await waitForSnapshotStatus(c, 'snap', 'deleted', fast)).toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('manages volume types and quotas (admin)', async () => {
    const scope = nock(HOST)
      .get(`${BASE}/types/t1`)
      .reply(200, { volume_type: type })
      .post(`${BASE}/types`, {
        volume_type: { name: 'fast', 'os-volume-type-access:is_public': false, extra_specs: { tier: 'ssd' } },
      })
      .reply(200, { volume_type: { ...type, name: 'fast', is_public: false, extra_specs: { tier: 'ssd' } } })
      .delete(`${BASE}/types/t1`)
      .reply(202)
      .put(`${BASE}/os-quota-sets/proj`, { quota_set: { volumes: 20 } })
      .reply(200, { quota_set: { volumes: 20, gigabytes: 1000 } });
    const c = cinder();
    expect((await getVolumeType(c, 't1')).name).toBe('__DEFAULT__');
    expect(
      await createVolumeType(c, { name: 'fast', isPublic: false, extraSpecs: { tier: 'ssd' } }),
    ).toMatchObject({
      name: 'fast',
      isPublic: false,
      extraSpecs: { tier: 'ssd' },
    });
    await deleteVolumeType(c, 't1');
    expect(await updateVolumeQuotas(c, 'proj', { volumes: 20 })).toEqual({ volumes: 20, gigabytes: 1000 });
    expect(scope.isDone()).toBe(true);
  });
});
