import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { getNetworkQuotas } from '../../../src/drivers/openstack/network/quotas/index.ts';
import {
  addRouterInterface,
  createRouter,
  listRouterInterfaces,
  removeRouterInterface,
  updateRouter,
} from '../../../src/drivers/openstack/network/routers/index.ts';
import {
  createSecurityGroupRule,
  listSecurityGroupRules,
} from '../../../src/drivers/openstack/network/security-group-rules/index.ts';
import {
  addSecurityGroupToServer,
  createSecurityGroup,
  listSecurityGroups,
} from '../../../src/drivers/openstack/network/security-groups/index.ts';
import { NotFoundError } from '../../../src/errors/http-status-errors.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { collect, serviceClient } from './harness.ts';

const HOST = 'https://neutron.example.com:9696';
const PUBLIC = '45df20c7-cfdd-4897-a2dc-db99fb76def8';
const ROUTER = '84d12db7-b264-4215-8756-574e54316f99';
const SUBNET = 'b6119abf-c9d1-4eab-95f4-81510e5378f9';
const neutron = () => serviceClient('network', 'Neutron', HOST);

describe('routers', () => {
  it('creates a router with an external gateway on public (recorded)', async () => {
    const scope = nock(HOST)
      .post('/v2.0/routers', { router: { name: 'r', external_gateway_info: { network_id: PUBLIC } } })
      .reply(201, loadFixture('network/routers/create'));
    const router = await createRouter(neutron(), { name: 'r', externalNetworkId: PUBLIC });
    expect(router.externalGateway).toEqual({
      networkId: PUBLIC,
      enableSnat: true,
      externalFixedIps: [{ subnetId: '9ea36819-0494-4a22-b992-f6a7aa77be47', ipAddress: '203.0.113.222' }],
    });
    expect(scope.isDone()).toBe(true);
  });

  it('adds and removes a subnet interface, lists interfaces with one filtered port list', async () => {
    const iface = loadFixture('network/routers/add-interface');
    const scope = nock(HOST)
      .put(`/v2.0/routers/${ROUTER}/add_router_interface`, { subnet_id: SUBNET })
      .reply(200, iface)
      .get('/v2.0/ports')
      .query({ device_id: ROUTER, device_owner: 'network:router_interface', limit: '100' })
      .reply(200, { ports: [] })
      .put(`/v2.0/routers/${ROUTER}/remove_router_interface`, { subnet_id: SUBNET })
      .reply(200, iface);
    const client = neutron();
    const added = await addRouterInterface(client, ROUTER, { subnetId: SUBNET });
    expect(added).toEqual({
      routerId: ROUTER,
      portId: '943ce882-bbdc-4dc5-9621-8ac59dd1afee',
      subnetId: SUBNET,
    });
    expect(await collect(listRouterInterfaces(client, ROUTER))).toEqual([]);
    await removeRouterInterface(client, ROUTER, { subnetId: SUBNET });
    expect(scope.isDone()).toBe(true);
  });

  it('clears the gateway with an empty external_gateway_info and maps a 404 to NotFoundError', async () => {
    const scope = nock(HOST)
      .put(`/v2.0/routers/${ROUTER}`, { router: { external_gateway_info: {} } })
      .reply(404, {
        NeutronError: { type: 'RouterNotFound', message: `Router ${ROUTER} could not be found` },
      });
    const error: unknown = await updateRouter(neutron(), ROUTER, { externalNetworkId: null }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(scope.isDone()).toBe(true);
  });
});

describe('security groups and rules', () => {
  it('creates a group with Neutron’s default egress rules and adds an SSH rule (recorded)', async () => {
    const scope = nock(HOST)
      .post('/v2.0/security-groups', { security_group: { name: 'sg' } })
      .reply(201, loadFixture('network/security-groups/create'))
      .post('/v2.0/security-group-rules', {
        security_group_rule: {
          security_group_id: 'sg-id',
          direction: 'ingress',
          ethertype: 'IPv4',
          protocol: 'tcp',
          port_range_min: 22,
          port_range_max: 22,
          remote_ip_prefix: '0.0.0.0/0',
        },
      })
      .reply(201, loadFixture('network/security-group-rules/create'));
    const client = neutron();
    const group = await createSecurityGroup(client, { name: 'sg' });
    expect(group.rules.map((r) => r.direction)).toEqual(['egress', 'egress']);
    const rule = await createSecurityGroupRule(client, {
      securityGroupId: 'sg-id',
      protocol: 'tcp',
      portRangeMin: 22,
      remoteIpPrefix: '0.0.0.0/0',
    });
    expect(rule).toMatchObject({ protocol: 'tcp', portRangeMin: 22, portRangeMax: 22, direction: 'ingress' });
    expect(scope.isDone()).toBe(true);
  });

  it('reads the underscore list keys and links of the dashed collections', async () => {
    const group = (
      loadFixture('network/security-groups/create') as { security_group: { security_group_rules: unknown[] } }
    ).security_group;
    const next = `${HOST}/v2.0/security-groups?limit=1&marker=m`;
    const scope = nock(HOST)
      .get('/v2.0/security-groups')
      .query({ limit: '1' })
      .reply(200, { security_groups: [group], security_groups_links: [{ rel: 'next', href: next }] })
      .get('/v2.0/security-groups')
      .query({ limit: '1', marker: 'm' })
      .reply(200, { security_groups: [] })
      .get('/v2.0/security-group-rules')
      .query({ security_group_id: 'sg', limit: '100' })
      .reply(200, { security_group_rules: group.security_group_rules });
    const client = neutron();
    expect(await collect(listSecurityGroups(client, { pageSize: 1 }))).toHaveLength(1);
    const rules = await collect(listSecurityGroupRules(client, { securityGroupId: 'sg' }));
    expect(rules.map((r) => r.direction)).toEqual(['egress', 'egress']);
    expect(scope.isDone()).toBe(true);
  });

  it('adds a group to a server by updating only the ports that lack it', async () => {
    const ports = loadFixture('network/ports/list') as { ports: Record<string, unknown>[] };
    const [first] = ports.ports;
    const already = { ...first, id: 'p2', security_groups: ['sg-new'] };
    const scope = nock(HOST)
      .get('/v2.0/ports')
      .query({ device_id: 'srv', limit: '100' })
      .reply(200, { ports: [first, already] })
      .put('/v2.0/ports/6e8ee9db-fcb5-431d-8bdd-a22ce55188e3', {
        port: { security_groups: ['6edc5107-cbc2-44b2-a65c-2a5807ea0dd1', 'sg-new'] },
      })
      .reply(200, {
        port: { ...first, security_groups: ['6edc5107-cbc2-44b2-a65c-2a5807ea0dd1', 'sg-new'] },
      });
    const updated = await addSecurityGroupToServer(neutron(), 'srv', 'sg-new');
    expect(updated.map((p) => p.securityGroupIds)).toEqual([
      ['6edc5107-cbc2-44b2-a65c-2a5807ea0dd1', 'sg-new'],
    ]);
    expect(scope.isDone()).toBe(true);
  });
});

describe('network quotas', () => {
  it('reads limits and usage (recorded)', async () => {
    const scope = nock(HOST).get('/v2.0/quotas/proj/details').reply(200, loadFixture('network/quotas/get'));
    const quotas = await getNetworkQuotas(neutron(), 'proj');
    expect(quotas.floatingip?.limit).toBeGreaterThan(0);
    expect(quotas.security_group_rule).toMatchObject({ reserved: 0 });
    expect(scope.isDone()).toBe(true);
  });
});
