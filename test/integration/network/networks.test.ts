import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  deleteNetwork,
  findNetwork,
  listFloatingIpPools,
  listNetworks,
  updateNetwork,
} from '../../../src/drivers/openstack/network/networks/index.ts';
import { createSubnet, listSubnets } from '../../../src/drivers/openstack/network/subnets/index.ts';
import { AmbiguousResourceError } from '../../../src/errors/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { collect, serviceClient } from './harness.ts';

const HOST = 'https://neutron.example.com:9696';
const neutron = () => serviceClient('network', 'Neutron', HOST);

describe('networks', () => {
  it('walks several pages through networks_links with an explicit page size', async () => {
    const page = (id: string, next?: string) => ({
      networks: [{ id, name: id, status: 'ACTIVE', subnets: [] }],
      networks_links: next ? [{ rel: 'next', href: `${HOST}/v2.0/networks?limit=1&marker=${next}` }] : [],
    });
    const scope = nock(HOST)
      .get('/v2.0/networks')
      .query({ limit: '1' })
      .reply(200, page('a', 'a'))
      .get('/v2.0/networks')
      .query({ limit: '1', marker: 'a' })
      .reply(200, page('b', 'b'))
      .get('/v2.0/networks')
      .query({ limit: '1', marker: 'b' })
      .reply(200, { networks: [], networks_links: [] });
    const names = (await collect(listNetworks(neutron(), { pageSize: 1 }))).map((n) => n.name);
    expect(names).toEqual(['a', 'b']);
    expect(scope.isDone()).toBe(true);
  });

  it('stops with ERR_PAGINATION_LOOP when a next link points back to a page already read', async () => {
    const loop = {
      networks: [{ id: 'a', name: 'a', status: 'ACTIVE' }],
      networks_links: [{ rel: 'next', href: `${HOST}/v2.0/networks?limit=1` }],
    };
    const scope = nock(HOST).get('/v2.0/networks').query({ limit: '1' }).reply(200, loop);
    await expect(collect(listNetworks(neutron(), { pageSize: 1 }))).rejects.toMatchObject({
      code: 'ERR_PAGINATION_LOOP',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('lists floating IP pools as the external networks (recorded)', async () => {
    const scope = nock(HOST)
      .get('/v2.0/networks')
      .query({ 'router:external': 'true', limit: '100' })
      .reply(200, loadFixture('network/networks/list'));
    const [pool, ...rest] = await collect(listFloatingIpPools(neutron()));
    expect(rest).toEqual([]);
    expect(pool).toMatchObject({ name: 'public', external: true, shared: false, status: 'ACTIVE' });
    expect(pool?.subnetIds).toHaveLength(1);
    expect(scope.isDone()).toBe(true);
  });

  it('creates, updates and deletes a network', async () => {
    const created = loadFixture('network/networks/create');
    const scope = nock(HOST)
      .post('/v2.0/networks', { network: { name: 'n1', admin_state_up: true } })
      .reply(201, created)
      .put('/v2.0/networks/abc', { network: { name: 'n2' } })
      .reply(200, created)
      .delete('/v2.0/networks/abc')
      .reply(204);
    const client = neutron();
    const network = await createNetwork(client, { name: 'n1', adminStateUp: true });
    expect(network).toMatchObject({ external: false, shared: false, adminStateUp: true });
    expect(network.name).toMatch(/^stratus-test-rec-.*-net$/);
    await updateNetwork(client, 'abc', { name: 'n2' });
    await deleteNetwork(client, 'abc');
    expect(scope.isDone()).toBe(true);
  });

  it('finds by name with one filtered request and reports none or several clearly', async () => {
    const one = { networks: [{ id: 'x', name: 'public', status: 'ACTIVE' }] };
    const two = { networks: [...one.networks, { id: 'y', name: 'public', status: 'ACTIVE' }] };
    const scope = nock(HOST)
      .get('/v2.0/networks')
      .query({ name: 'public', limit: '100' })
      .reply(200, one)
      .get('/v2.0/networks')
      .query({ name: 'public', limit: '100' })
      .reply(200, two)
      .get('/v2.0/networks')
      .query({ name: 'nope', limit: '100' })
      .reply(200, { networks: [] });
    const client = neutron();
    expect((await findNetwork(client, 'public'))?.id).toBe('x');
    const ambiguous = await findNetwork(client, 'public').catch((e: unknown) => e);
    expect(ambiguous).toBeInstanceOf(AmbiguousResourceError);
    expect(ambiguous).toMatchObject({
      code: 'ERR_AMBIGUOUS_RESOURCE',
      candidates: [
        { id: 'x', name: 'public' },
        { id: 'y', name: 'public' },
      ],
    });
    await expect(findNetwork(client, 'nope')).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });
});

describe('subnets', () => {
  it('creates a subnet and lists a network’s subnets (recorded)', async () => {
    const scope = nock(HOST)
      .post('/v2.0/subnets', {
        subnet: { network_id: 'net', cidr: '10.77.0.0/24', ip_version: 4, name: 's' },
      })
      .reply(201, loadFixture('network/subnets/create'))
      .get('/v2.0/subnets')
      .query({ network_id: 'net', limit: '100' })
      .reply(200, loadFixture('network/subnets/list'));
    const client = neutron();
    const subnet = await createSubnet(client, { networkId: 'net', cidr: '10.77.0.0/24', name: 's' });
    expect(subnet).toMatchObject({
      cidr: '10.77.0.0/24',
      ipVersion: 4,
      gatewayIp: '10.77.0.1',
      enableDhcp: true,
    });
    expect(subnet.allocationPools).toEqual([{ start: '10.77.0.2', end: '10.77.0.254' }]);
    const listed = await collect(listSubnets(client, { networkId: 'net' }));
    expect(listed.map((s) => s.id)).toEqual([subnet.id]);
    expect(scope.isDone()).toBe(true);
  });
});

describe('the one find rule', () => {
  it('an unknown id is undefined (404), not an error; other failures still throw', async () => {
    const id = '0f2a6a5e-6b0c-4b53-9d1e-5a4cb0d6e001';
    const scope = nock(HOST)
      .get(`/v2.0/networks/${id}`)
      .reply(404, { NeutronError: { type: 'NetworkNotFound', message: 'Network could not be found.' } })
      .get(`/v2.0/networks/${id}`)
      .reply(403, { NeutronError: { type: 'Forbidden', message: 'not allowed' } });
    await expect(findNetwork(neutron(), id)).resolves.toBeUndefined();
    await expect(findNetwork(neutron(), id)).rejects.toMatchObject({ status: 403 });
    expect(scope.isDone()).toBe(true);
  });
});
