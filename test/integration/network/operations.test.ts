// Every Neutron operation not covered elsewhere: its request (method, path, query, body) and its parsing.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  attachFloatingIp,
  findFloatingIp,
  getFloatingIp,
} from '../../../src/drivers/openstack/network/floating-ips/index.ts';
import { getNetwork } from '../../../src/drivers/openstack/network/networks/index.ts';
import {
  createPort,
  deletePort,
  findPort,
  getPort,
  listPorts,
  updatePort,
} from '../../../src/drivers/openstack/network/ports/index.ts';
import { updateNetworkQuotas } from '../../../src/drivers/openstack/network/quotas/index.ts';
import {
  deleteRouter,
  findRouter,
  getRouter,
  listRouters,
} from '../../../src/drivers/openstack/network/routers/index.ts';
import {
  deleteSecurityGroupRule,
  getSecurityGroupRule,
} from '../../../src/drivers/openstack/network/security-group-rules/index.ts';
import {
  deleteSecurityGroup,
  findSecurityGroup,
  getSecurityGroup,
  removeSecurityGroupFromServer,
  updateSecurityGroup,
} from '../../../src/drivers/openstack/network/security-groups/index.ts';
import {
  deleteSubnet,
  findSubnet,
  getSubnet,
  updateSubnet,
} from '../../../src/drivers/openstack/network/subnets/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { collect, serviceClient } from './harness.ts';

const HOST = 'https://neutron.example.com:9696';
const UUID = '11111111-2222-3333-4444-555555555555';
const neutron = () => serviceClient('network', 'Neutron', HOST);
const one = (key: string, fixture: string): unknown => (loadFixture(fixture) as Record<string, unknown>)[key];
const port = (loadFixture('network/ports/list') as { ports: Record<string, unknown>[] }).ports[0] ?? {};
const router = one('router', 'network/routers/create');
const group = one('security_group', 'network/security-groups/create');
const rule = one('security_group_rule', 'network/security-group-rules/create');
const subnet = one('subnet', 'network/subnets/create');
const fip = one('floatingip', 'network/floating-ips/attach');

describe('Neutron operations', () => {
  it('gets networks, subnets, ports, routers, groups, rules and floating IPs by id', async () => {
    const scope = nock(HOST)
      .get(`/v2.0/networks/${UUID}`)
      .reply(200, loadFixture('network/networks/create'))
      .get(`/v2.0/subnets/${UUID}`)
      .reply(200, { subnet })
      .get(`/v2.0/ports/${UUID}`)
      .reply(200, { port })
      .get(`/v2.0/routers/${UUID}`)
      .reply(200, { router })
      .get(`/v2.0/security-groups/${UUID}`)
      .reply(200, { security_group: group })
      .get(`/v2.0/security-group-rules/${UUID}`)
      .reply(200, { security_group_rule: rule })
      .get(`/v2.0/floatingips/${UUID}`)
      .reply(200, { floatingip: fip });
    const c = neutron();
    expect((await getNetwork(c, UUID)).status).toBe('ACTIVE');
    expect((await getSubnet(c, UUID)).cidr).toBe('10.77.0.0/24');
    expect((await getPort(c, UUID)).deviceOwner).toBe('compute:nova');
    expect((await getRouter(c, UUID)).externalGateway).toBeDefined();
    expect((await getSecurityGroup(c, UUID)).rules).toHaveLength(2);
    expect((await getSecurityGroupRule(c, UUID)).portRangeMin).toBe(22);
    expect((await getFloatingIp(c, UUID)).floatingIpAddress).toBe('203.0.113.18');
    expect(scope.isDone()).toBe(true);
  });

  it('finds by name with one filtered list, and floating IPs by address', async () => {
    const scope = nock(HOST)
      .get('/v2.0/subnets')
      .query({ name: 's', limit: '100' })
      .reply(200, { subnets: [subnet] })
      .get('/v2.0/ports')
      .query({ name: 'p', limit: '100' })
      .reply(200, { ports: [port] })
      .get('/v2.0/routers')
      .query({ name: 'r', limit: '100' })
      .reply(200, { routers: [router] })
      .get('/v2.0/security-groups')
      .query({ name: 'g', limit: '100' })
      .reply(200, { security_groups: [group] })
      .get('/v2.0/floatingips')
      .query({ floating_ip_address: '203.0.113.18', limit: '100' })
      .reply(200, { floatingips: [fip] });
    const c = neutron();
    expect((await findSubnet(c, 's'))?.cidr).toBe('10.77.0.0/24');
    expect((await findPort(c, 'p'))?.macAddress).toBe('fa:16:3e:d5:ba:95');
    expect((await findRouter(c, 'r'))?.status).toBe('ACTIVE');
    expect((await findSecurityGroup(c, 'g'))?.rules).toHaveLength(2);
    expect((await findFloatingIp(c, '203.0.113.18'))?.portId).toBeDefined();
    expect(scope.isDone()).toBe(true);
  });

  it('creates, updates, lists and deletes ports', async () => {
    const scope = nock(HOST)
      .post('/v2.0/ports', {
        port: {
          network_id: 'n',
          name: 'p',
          fixed_ips: [{ subnet_id: 's', ip_address: '10.0.0.9' }],
          security_groups: ['g'],
        },
      })
      .reply(201, { port })
      .put(`/v2.0/ports/${UUID}`, { port: { name: 'q', admin_state_up: false } })
      .reply(200, { port: { ...port, name: 'q', admin_state_up: false } })
      .get('/v2.0/ports')
      .query({ id: ['a', 'b'], limit: '100' })
      .reply(200, { ports: [port, port] })
      .delete(`/v2.0/ports/${UUID}`)
      .reply(204);
    const c = neutron();
    await createPort(c, {
      networkId: 'n',
      name: 'p',
      fixedIps: [{ subnetId: 's', ipAddress: '10.0.0.9' }],
      securityGroupIds: ['g'],
    });
    expect(await updatePort(c, UUID, { name: 'q', adminStateUp: false })).toMatchObject({
      name: 'q',
      adminStateUp: false,
    });
    expect(await collect(listPorts(c, { ids: ['a', 'b'] }))).toHaveLength(2);
    await deletePort(c, UUID);
    expect(scope.isDone()).toBe(true);
  });

  it('updates and deletes subnets, routers, groups and rules; attaches a floating IP to a port', async () => {
    const scope = nock(HOST)
      .put(`/v2.0/subnets/${UUID}`, { subnet: { enable_dhcp: false, dns_nameservers: ['1.1.1.1'] } })
      .reply(200, { subnet: { ...(subnet as object), enable_dhcp: false } })
      .delete(`/v2.0/subnets/${UUID}`)
      .reply(204)
      .get('/v2.0/routers')
      .query({ limit: '100' })
      .reply(200, { routers: [router] })
      .delete(`/v2.0/routers/${UUID}`)
      .reply(204)
      .put(`/v2.0/security-groups/${UUID}`, { security_group: { description: 'd' } })
      .reply(200, { security_group: group })
      .delete(`/v2.0/security-groups/${UUID}`)
      .reply(204)
      .delete(`/v2.0/security-group-rules/${UUID}`)
      .reply(204)
      .put(`/v2.0/floatingips/${UUID}`, { floatingip: { port_id: 'p1' } })
      .reply(200, { floatingip: fip });
    const c = neutron();
    expect((await updateSubnet(c, UUID, { enableDhcp: false, dnsNameservers: ['1.1.1.1'] })).enableDhcp).toBe(
      false,
    );
    await deleteSubnet(c, UUID);
    expect(await collect(listRouters(c))).toHaveLength(1);
    await deleteRouter(c, UUID);
    await updateSecurityGroup(c, UUID, { description: 'd' });
    await deleteSecurityGroup(c, UUID);
    await deleteSecurityGroupRule(c, UUID);
    expect((await attachFloatingIp(c, UUID, 'p1')).serverId).toBe('ac348cf0-be1b-4cdd-aba8-faa112c1b5b1');
    expect(scope.isDone()).toBe(true);
  });

  it('removes a group from the server ports that have it, and sets quotas (admin)', async () => {
    const withGroup = { ...port, security_groups: ['g', 'other'] };
    const scope = nock(HOST)
      .get('/v2.0/ports')
      .query({ device_id: 'srv', limit: '100' })
      .reply(200, { ports: [withGroup, { ...port, id: 'p2', security_groups: ['other'] }] })
      .put(`/v2.0/ports/${String(port.id)}`, { port: { security_groups: ['other'] } })
      .reply(200, { port: { ...port, security_groups: ['other'] } })
      .put('/v2.0/quotas/proj', { quota: { floatingip: 5 } })
      .reply(200, { quota: { floatingip: 5, network: 100 } });
    const c = neutron();
    expect(await removeSecurityGroupFromServer(c, 'srv', 'g')).toHaveLength(1);
    expect(await updateNetworkQuotas(c, 'proj', { floatingip: 5 })).toEqual({ floatingip: 5, network: 100 });
    expect(scope.isDone()).toBe(true);
  });
});
