// libcloud's v1.1 fixtures (copied unchanged from apache/libcloud, see test/fixtures/openstack/LIBCLOUD-NOTICE)
// carry numeric ids, as older Nova and first-generation v1.1 clouds send them: every id parser accepts them.
import { describe, expect, it } from 'vitest';
import { parseVolume } from '../../../../src/drivers/openstack/block-storage/volumes/results.ts';
import { parseFlavor } from '../../../../src/drivers/openstack/compute/flavors/results.ts';
import { parseKeypair } from '../../../../src/drivers/openstack/compute/keypairs/results.ts';
import {
  parseCreatedServer,
  parseServer,
} from '../../../../src/drivers/openstack/compute/servers/results.ts';
import { serverToNode } from '../../../../src/drivers/openstack/mapping.ts';
import { parseNetwork } from '../../../../src/drivers/openstack/network/networks/results.ts';
import { parsePort } from '../../../../src/drivers/openstack/network/ports/results.ts';
import { parseSecurityGroupRule } from '../../../../src/drivers/openstack/network/security-group-rules/results.ts';
import { parseSecurityGroup } from '../../../../src/drivers/openstack/network/security-groups/results.ts';
import { ResponseShapeError } from '../../../../src/errors/index.ts';
import { expectId, optionalId } from '../../../../src/shape/expect.ts';
import { loadFixture } from '../../../helpers/fixtures.ts';

type Wrapped<K extends string> = Record<K, Record<string, unknown>>;

describe('numeric ids (libcloud v1.1 fixtures)', () => {
  it('expectId keeps strings, normalises non-negative integers and refuses anything else', () => {
    expect(expectId('abc', '$.id')).toBe('abc');
    expect(expectId(12064, '$.id')).toBe('12064');
    expect(optionalId(null, '$.id')).toBeUndefined();
    for (const bad of [1.5, -1, Number.NaN, true, {}, [], 2 ** 60]) {
      expect(() => expectId(bad, '$.server.id')).toThrow(ResponseShapeError);
    }
  });

  it('parses the server list with numeric ids into nodes', () => {
    const { servers } = loadFixture('compute/servers/list.libcloud-v1-1') as { servers: unknown[] };
    const nodes = servers.map((raw, i) => serverToNode(parseServer(raw, `$.servers[${i}]`)));
    expect(nodes.map((n) => n.id)).toEqual(['12065', '12064']);
    expect(nodes.map((n) => [n.sizeId, n.imageId])).toEqual([
      ['2', '7'],
      ['2', '7'],
    ]);
    expect(nodes[0]?.privateIps).toContain('fec0:4801:7808:52:16:3eff:fe60:187d');
  });

  it('parses one server, and the embedded flavor of a 2.47-style answer, with numeric ids', () => {
    const one = loadFixture('compute/servers/get.libcloud-v1-1') as Wrapped<'server'>;
    expect(parseServer(one.server, '$.server').id).toBe('12064');
    const embedded = loadFixture('compute/servers/get.libcloud-embedded-flavor') as Wrapped<'server'>;
    const server = parseServer(embedded.server, '$.server');
    expect(server.id).toBe('12064247');
    expect(server.flavor).toMatchObject({ originalName: 'flavor_name', ram: 2048, vcpus: 2 });
    expect(serverToNode(server).sizeId).toBe('flavor_name');
    expect(parseServer({ ...embedded.server, flavor: { id: 7 } }, '$.server').flavor?.id).toBe('7');
    expect(parseServer({ ...embedded.server, image: { id: 13 } }, '$.server').imageId).toBe('13');
    expect(parseCreatedServer({ server: { id: 42, adminPass: 'x' } }).id).toBe('42');
  });

  it('parses flavors with numeric ids', () => {
    const { flavors } = loadFixture('compute/flavors/list.libcloud-v1-1') as { flavors: unknown[] };
    expect(flavors.map((f, i) => parseFlavor(f, `$.flavors[${i}]`).id)).toEqual([
      '7',
      '3',
      '1',
      '4',
      '8',
      '5',
      '2',
      '6',
    ]);
    const one = loadFixture('compute/flavors/get.libcloud-v1-1') as Wrapped<'flavor'>;
    expect(parseFlavor(one.flavor, '$.flavor')).toMatchObject({ id: '7', name: '15.5GB slice', ram: 16384 });
  });

  it('parses a key pair, a security group and its rule with numeric ids', () => {
    const key = loadFixture('compute/keypairs/get.libcloud-v1-1') as Wrapped<'keypair'>;
    expect(parseKeypair(key.keypair, '$.keypair')).toMatchObject({ name: 'test-key-pair', userId: '1234' });
    const group = loadFixture('network/security-groups/get.libcloud-v1-1') as Wrapped<'security_group'>;
    expect(parseSecurityGroup(group.security_group)).toMatchObject({ id: '6', projectId: '68' });
    const rule = loadFixture(
      'network/security-group-rules/get.libcloud-v1-1',
    ) as Wrapped<'security_group_rule'>;
    expect(parseSecurityGroupRule(rule.security_group_rule)).toMatchObject({
      id: '2',
      securityGroupId: '6',
      ethertype: 'IPv4',
    });
  });

  it('accepts numeric ids in network and block-storage records too', () => {
    const network = parseNetwork({ id: 11, name: 'n', status: 'ACTIVE', subnets: [12], tenant_id: 5 });
    expect(network).toMatchObject({ id: '11', subnetIds: ['12'], projectId: '5' });
    const port = parsePort({
      id: 3,
      network_id: 11,
      mac_address: 'fa:16:3e:00:00:01',
      status: 'ACTIVE',
      device_id: 12064,
      security_groups: [6],
      fixed_ips: [{ subnet_id: 12, ip_address: '10.0.0.3' }],
    });
    expect(port).toMatchObject({ id: '3', networkId: '11', deviceId: '12064', securityGroupIds: ['6'] });
    const volume = parseVolume({
      id: 8,
      status: 'in-use',
      size: 1,
      created_at: '2026-12-04T00:00:00Z',
      attachments: [{ server_id: 12064, device: '/dev/vdb' }],
    });
    expect(volume.id).toBe('8');
    expect(volume.attachments[0]?.serverId).toBe('12064');
  });
});
