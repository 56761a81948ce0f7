import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { listAvailabilityZones } from '../../../src/drivers/openstack/compute/availability-zones/operations.ts';
import {
  getFlavorExtraSpecs,
  listFlavors,
} from '../../../src/drivers/openstack/compute/flavors/operations.ts';
import {
  attachServerInterface,
  detachServerInterface,
  listServerInterfaces,
} from '../../../src/drivers/openstack/compute/interfaces/operations.ts';
import {
  deleteKeypair,
  getKeypair,
  listKeypairs,
} from '../../../src/drivers/openstack/compute/keypairs/operations.ts';
import { getLimits } from '../../../src/drivers/openstack/compute/limits/operations.ts';
import {
  deleteServerMetadataItem,
  getServerMetadata,
  setServerMetadata,
} from '../../../src/drivers/openstack/compute/metadata/operations.ts';
import { getQuotaSet, updateQuotaSet } from '../../../src/drivers/openstack/compute/quota-sets/operations.ts';
import {
  createServerGroup,
  deleteServerGroup,
  listServerGroups,
} from '../../../src/drivers/openstack/compute/server-groups/operations.ts';
import { ConfigurationError } from '../../../src/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { collect, compute, NOVA } from './harness.ts';

const J = { 'Content-Type': 'application/json' };
const fx = (name: string): nock.Body => loadFixture(`compute/${name}`) as nock.Body;

describe('flavors', () => {
  it('lists with filters and reads extra specs', async () => {
    const scope = nock(NOVA)
      .get('/v2.1/flavors/detail')
      .query({ minRam: '64', is_public: 'None' })
      .reply(200, fx('flavors/list'), J)
      .get('/v2.1/flavors/f1/os-extra_specs')
      .reply(200, fx('flavors/extra-specs'), J);
    const flavors = await collect(listFlavors(compute(), { minRamMiB: 64, isPublic: 'all' }));
    expect(flavors.some((f) => f.name === 'stratus-test-compute-rec16994-flavor')).toBe(true);
    expect(await getFlavorExtraSpecs(compute(), 'f1')).toEqual({ 'hw:cpu_policy': 'shared' });
    scope.done();
  });
});

describe('key pairs', () => {
  it('lists (wrapped elements), gets and deletes', async () => {
    const scope = nock(NOVA)
      .get('/v2.1/os-keypairs')
      .reply(200, fx('keypairs/list'), J)
      .get('/v2.1/os-keypairs/k%201')
      .reply(200, fx('keypairs/get'), J)
      .delete('/v2.1/os-keypairs/k%201')
      .reply(202);
    expect((await collect(listKeypairs(compute()))).map((k) => k.name)).toEqual([
      'stratus-test-compute-rec16994-kp',
    ]);
    expect((await getKeypair(compute(), 'k 1')).createdAt).toBe('2026-11-22T01:25:04.000000');
    await deleteKeypair(compute(), 'k 1');
    scope.done();
  });
});

describe('zones, limits and quotas', () => {
  it('reads zones and absolute limits', async () => {
    const scope = nock(NOVA)
      .get('/v2.1/os-availability-zone')
      .reply(200, fx('availability-zones/list'), J)
      .get('/v2.1/limits')
      .reply(200, fx('limits/get'), J);
    expect((await collect(listAvailabilityZones(compute()))).map((z) => z.name)).toEqual(['nova']);
    expect((await getLimits(compute())).absolute).toMatchObject({ maxTotalCores: 400, totalCoresUsed: 2 });
    scope.done();
  });

  it('reads plain and detailed quota sets and refuses a bad update before sending', async () => {
    const scope = nock(NOVA)
      .get('/v2.1/os-quota-sets/p1')
      .reply(200, fx('quota-sets/get'), J)
      .get('/v2.1/os-quota-sets/p1/detail')
      .reply(200, fx('quota-sets/get.detail'), J);
    expect((await getQuotaSet(compute(), 'p1')).limits.instances).toBe(100);
    const detail = await getQuotaSet(compute(), 'p1', true);
    expect(detail.limits.instances).toBe(100);
    expect(detail.usage.instances?.inUse).toEqual(expect.any(Number));
    await expect(updateQuotaSet(compute(), 'p1', { cores: 1.5 })).rejects.toThrow(ConfigurationError);
    scope.done();
  });
});

describe('metadata', () => {
  it('gets, merges, replaces and deletes', async () => {
    const scope = nock(NOVA)
      .get('/v2.1/servers/s1/metadata')
      .reply(200, fx('metadata/get'), J)
      .post('/v2.1/servers/s1/metadata', { metadata: { a: '1' } })
      .reply(200, { metadata: { role: 'rec', a: '1' } }, J)
      .put('/v2.1/servers/s1/metadata', { metadata: { b: '2' } })
      .reply(200, { metadata: { b: '2' } }, J)
      .delete('/v2.1/servers/s1/metadata/b')
      .reply(204);
    expect(await getServerMetadata(compute(), 's1')).toEqual({ role: 'rec' });
    expect(await setServerMetadata(compute(), 's1', { a: '1' })).toEqual({ role: 'rec', a: '1' });
    expect(await setServerMetadata(compute(), 's1', { b: '2' }, 'replace')).toEqual({ b: '2' });
    await deleteServerMetadataItem(compute(), 's1', 'b');
    await expect(setServerMetadata(compute(), 's1', { k: 'x'.repeat(256) })).rejects.toThrow(/255/);
    scope.done();
  });
});

describe('server groups', () => {
  it('creates with policy+rules from 2.64 and policies before', async () => {
    const scope = nock(NOVA)
      .post('/v2.1/os-server-groups', {
        server_group: { name: 'g', policy: 'anti-affinity', rules: { max_server_per_host: 2 } },
      })
      .reply(200, fx('server-groups/create'), J)
      .post('/v2.1/os-server-groups', { server_group: { name: 'g', policies: ['affinity'] } })
      .reply(200, fx('server-groups/create.mv2-1'), J)
      .delete('/v2.1/os-server-groups/g1')
      .reply(204);
    const group = await createServerGroup(compute(), {
      name: 'g',
      policy: 'anti-affinity',
      maxServerPerHost: 2,
    });
    expect(group).toMatchObject({ policy: 'anti-affinity', rules: { max_server_per_host: 2 }, members: [] });
    expect((await createServerGroup(compute('2.1'), { name: 'g', policy: 'affinity' })).policy).toBe(
      'affinity',
    );
    await deleteServerGroup(compute(), 'g1');
    scope.done();
  });

  it('pages by offset while pages come back full', async () => {
    const one = (id: string) => ({ id, name: id, policy: 'affinity', members: [], rules: {} });
    const scope = nock(NOVA)
      .get('/v2.1/os-server-groups')
      .query({ limit: '2' })
      .reply(200, { server_groups: [one('a'), one('b')] }, J)
      .get('/v2.1/os-server-groups')
      .query({ limit: '2', offset: '2' })
      .reply(200, { server_groups: [one('c')] }, J);
    expect((await collect(listServerGroups(compute(), 2))).map((g) => g.id)).toEqual(['a', 'b', 'c']);
    scope.done();
  });
});

describe('interfaces', () => {
  it('lists, attaches a port on a network with a fixed IP, and detaches', async () => {
    const listed = loadFixture('compute/interfaces/list') as { interfaceAttachments: unknown[] };
    const scope = nock(NOVA)
      .get('/v2.1/servers/s1/os-interface')
      .reply(200, listed as nock.Body, J)
      .post('/v2.1/servers/s1/os-interface', {
        interfaceAttachment: { net_id: 'n1', fixed_ips: [{ ip_address: '10.0.0.7' }] },
      })
      .reply(200, { interfaceAttachment: listed.interfaceAttachments[0] }, J)
      .delete('/v2.1/servers/s1/os-interface/p1')
      .reply(202);
    const [first] = await collect(listServerInterfaces(compute(), 's1'));
    expect(first?.fixedIps).toEqual([
      { subnetId: 'c0b77d71-0764-4b6e-b63a-0a38fed169a0', ipAddress: '10.77.0.125' },
    ]);
    await attachServerInterface(compute(), 's1', { networkId: 'n1', fixedIp: '10.0.0.7' });
    await detachServerInterface(compute(), 's1', 'p1');
    scope.done();
  });
});
