// The facade's CPI contract against the OpenStack 1.1 driver through the real transport, with nock for the
// fault paths no local cloud produces on demand: the exact requests each call makes, and nothing more.
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { DiskSizeError } from '../../../src/facade/cpi/disk-size.ts';
import { createFacade, type Facade } from '../../../src/facade/create-facade.ts';
import { FacadeOperationError } from '../../../src/facade/failure/facade-error.ts';

const NOVA = 'https://nova.example.com';
const BASE = '/v2.1/0123456789abcdef0123456789abcdef';
const GLANCE = 'https://glance.example.com';
const TOKEN = 'facade-contract-token';
const IMAGE_ID = '70a599e0-31e7-49b7-b260-868f441e862b';
const VM = '5c2a1b7e-0a3e-4c8e-9a55-0f3c7c1e0003';
const VERSION = {
  version: { id: 'v2.1', status: 'CURRENT', version: '2.96', min_version: '2.1', links: [] },
};
const FLAVORS = { flavors: [{ id: '2', name: 'm1.small', ram: 512, disk: 20, vcpus: 1 }] };
const IMAGE = {
  id: IMAGE_ID,
  name: 'stemcell',
  status: 'active',
  visibility: 'public',
  protected: false,
  created_at: '2026-11-01T00:00:00Z',
  updated_at: '2026-11-01T00:00:00Z',
  tags: [],
};

function server(status: string, fault?: string): Record<string, unknown> {
  return {
    id: VM,
    name: 'vm-0',
    status,
    image: { id: IMAGE_ID },
    flavor: { original_name: 'm1.small', ram: 512, disk: 20, vcpus: 1, extra_specs: {} },
    addresses: {},
    metadata: {},
    created: '2026-11-20T10:00:00Z',
    updated: '2026-11-20T10:01:00Z',
    ...(fault === undefined ? {} : { fault: { code: 500, message: fault } }),
  };
}

let driver: OpenStackNodeDriver;
let facade: Facade;
const nova = () => nock(NOVA, { reqheaders: { 'x-auth-token': TOKEN } });
const glance = () => nock(GLANCE, { reqheaders: { 'x-auth-token': TOKEN } });

beforeEach(() => {
  nock.disableNetConnect();
  driver = new OpenStackNodeDriver({
    auth: { method: 'forced_token', token: TOKEN, endpoints: { compute: `${NOVA}${BASE}`, image: GLANCE } },
    transport: { retry: false },
  });
  facade = createFacade(driver, { timeoutMs: 5_000, pollIntervalMs: 1, maxPollIntervalMs: 1 });
});

afterEach(async () => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  await driver.close();
  expect(pending).toEqual([]);
});

describe('facade CPI contract (OpenStack 1.1, nock)', () => {
  it('create_vm with a missing flavor: RESOURCE_NOT_FOUND, retry-safe, and no create request', async () => {
    nock(NOVA).get('/v2.1').reply(200, VERSION);
    nova().get(`${BASE}/flavors/detail`).query(true).reply(200, FLAVORS);
    const error = await facade.cpi
      .createVm({ name: 'vm-0', stemcell: IMAGE_ID, instanceType: 'm1.huge' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FacadeOperationError);
    expect((error as FacadeOperationError).failureCode).toBe('RESOURCE_NOT_FOUND');
    expect((error as FacadeOperationError).retrySafe).toBe(true);
    expect((error as Error).message).toContain('"m1.huge" does not exist');
  });

  it('create_vm whose server goes to ERROR (No valid host): deletes it, then INSUFFICIENT_CAPACITY, retry-safe', async () => {
    nock(NOVA).get('/v2.1').reply(200, VERSION);
    nova().get(`${BASE}/flavors/detail`).query(true).reply(200, FLAVORS);
    glance().get(`/v2/images/${IMAGE_ID}`).reply(200, IMAGE);
    nova()
      .post(`${BASE}/servers`, (b: unknown) => JSON.stringify(b).includes('"flavorRef":"2"'))
      .reply(202, { server: { id: VM, links: [] } });
    nova()
      .get(`${BASE}/servers/${VM}`)
      .reply(200, { server: server('BUILD') });
    nova()
      .get(`${BASE}/servers/${VM}`)
      .reply(200, { server: server('ERROR', 'No valid host was found.') });
    nova()
      .get(`${BASE}/servers/${VM}`)
      .reply(200, { server: server('ERROR', 'No valid host was found.') });
    nova().delete(`${BASE}/servers/${VM}`).reply(204);
    nova()
      .get(`${BASE}/servers/${VM}`)
      .reply(404, { itemNotFound: { code: 404, message: 'gone' } });
    const error = await facade.cpi
      .createVm({ name: 'vm-0', stemcell: IMAGE_ID, instanceType: 'm1.small' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FacadeOperationError);
    expect((error as FacadeOperationError).failureCode).toBe('INSUFFICIENT_CAPACITY');
    expect((error as FacadeOperationError).retrySafe).toBe(true);
    expect((error as Error).message).toContain('No valid host');
  });

  it('delete_vm of an absent VM: one GET, no DELETE, reported absent', async () => {
    nock(NOVA).get('/v2.1').reply(200, VERSION);
    nova()
      .get(`${BASE}/servers/${VM}`)
      .reply(404, { itemNotFound: { code: 404, message: 'no such server' } });
    expect(await facade.cpi.deleteVm(VM)).toEqual({ outcome: 'absent', id: VM });
  });

  it('create_disk below 1024 MiB sends nothing and names the minimum', async () => {
    const error = await facade.cpi.createDisk({ sizeMiB: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiskSizeError);
    expect((error as Error).message).toContain('1024 MiB');
  });

  it('find by name: a 404 by id, then the list; several matches are ambiguous', async () => {
    glance().get('/v2/images/stemcell').reply(404, {});
    glance()
      .get('/v2/images')
      .query(true)
      .reply(200, { images: [IMAGE, { ...IMAGE, id: 'b2' }] });
    await expect(facade.find('image', 'stemcell')).rejects.toThrow('use an id');
  });
});
