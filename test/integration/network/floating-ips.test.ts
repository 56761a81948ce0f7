import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  allocateFloatingIp,
  attachFloatingIpToServer,
  detachFloatingIp,
  listFloatingIps,
  listServerFloatingIps,
  releaseFloatingIp,
} from '../../../src/drivers/openstack/network/floating-ips/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { collect, serviceClient } from './harness.ts';

const HOST = 'https://neutron.example.com:9696';
const SERVER = 'ac348cf0-be1b-4cdd-aba8-faa112c1b5b1';
const PORT = '6e8ee9db-fcb5-431d-8bdd-a22ce55188e3';
const NET = 'bf2d6870-cd4d-41e5-b57e-240cdc8e3af7';
const FIP = '8f6e9f93-8b56-493e-918c-2c84c846ad23';
const PUBLIC = '45df20c7-cfdd-4897-a2dc-db99fb76def8';
const neutron = () => serviceClient('network', 'Neutron', HOST);

describe('floating IPs', () => {
  it('allocates from a pool (recorded answer: free, no port)', async () => {
    const scope = nock(HOST)
      .post('/v2.0/floatingips', { floatingip: { floating_network_id: PUBLIC } })
      .reply(201, loadFixture('network/floating-ips/allocate'));
    const fip = await allocateFloatingIp(neutron(), { floatingNetworkId: PUBLIC });
    expect(fip).toMatchObject({ id: FIP, floatingIpAddress: '203.0.113.18', status: 'DOWN' });
    expect(fip.portId).toBeUndefined();
    expect(fip.serverId).toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('attaches to the server’s port on the chosen network in exactly two requests', async () => {
    const scope = nock(HOST)
      .get('/v2.0/ports')
      .query({ device_id: SERVER, network_id: NET, limit: '100' })
      .reply(200, loadFixture('network/ports/list'))
      .put(`/v2.0/floatingips/${FIP}`, { floatingip: { port_id: PORT, fixed_ip_address: '10.77.0.21' } })
      .reply(200, loadFixture('network/floating-ips/attach'));
    const fip = await attachFloatingIpToServer(neutron(), FIP, SERVER, { networkId: NET });
    expect(fip).toMatchObject({ portId: PORT, fixedIpAddress: '10.77.0.21', serverId: SERVER });
    expect(scope.isDone()).toBe(true);
  });

  it('refuses to guess when the server has ports on several networks', async () => {
    const ports = loadFixture('network/ports/list') as { ports: Record<string, unknown>[] };
    const [first] = ports.ports;
    const second = { ...first, id: 'other-port', network_id: 'other-net' };
    const scope = nock(HOST)
      .get('/v2.0/ports')
      .query({ device_id: SERVER, limit: '100' })
      .reply(200, { ports: [first, second] });
    const error: unknown = await attachFloatingIpToServer(neutron(), FIP, SERVER).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_AMBIGUOUS' });
    expect(String(error)).toContain('pass networkId to choose one');
    expect(scope.isDone()).toBe(true);
  });

  it('lists with the server taken from port_details: one request, no per-item port lookups', async () => {
    const scope = nock(HOST)
      .get('/v2.0/floatingips')
      .query({ floating_network_id: PUBLIC, limit: '100' })
      .reply(200, loadFixture('network/floating-ips/list'));
    const fips = await collect(listFloatingIps(neutron(), { floatingNetworkId: PUBLIC }));
    expect(fips.map((f) => [f.floatingIpAddress, f.serverId])).toEqual([['203.0.113.18', SERVER]]);
    expect(scope.isDone()).toBe(true);
  });

  it('lists a server’s floating IPs with two requests whatever the number of ports', async () => {
    const ports = loadFixture('network/ports/list') as { ports: Record<string, unknown>[] };
    const [first] = ports.ports;
    const many = { ports: [first, { ...first, id: 'p2' }, { ...first, id: 'p3' }] };
    const scope = nock(HOST)
      .get('/v2.0/ports')
      .query({ device_id: SERVER, limit: '100' })
      .reply(200, many)
      .get('/v2.0/floatingips')
      .query({ port_id: [PORT, 'p2', 'p3'], limit: '100' })
      .reply(200, loadFixture('network/floating-ips/list'));
    const fips = await listServerFloatingIps(neutron(), SERVER);
    expect(fips.map((f) => f.id)).toEqual([FIP]);
    expect(scope.isDone()).toBe(true);
  });

  it('detaches with port_id null and releases', async () => {
    const scope = nock(HOST)
      .put(`/v2.0/floatingips/${FIP}`, { floatingip: { port_id: null } })
      .reply(200, loadFixture('network/floating-ips/detach'))
      .delete(`/v2.0/floatingips/${FIP}`)
      .reply(204);
    const client = neutron();
    const fip = await detachFloatingIp(client, FIP);
    expect(fip.portId).toBeUndefined();
    await releaseFloatingIp(client, FIP);
    expect(scope.isDone()).toBe(true);
  });
});
