import { describe, expect, it } from 'vitest';
import { parseAvailabilityZone } from '../../../../src/drivers/openstack/compute/availability-zones/results.ts';
import { parseFlavor } from '../../../../src/drivers/openstack/compute/flavors/results.ts';
import {
  parseKeypair,
  parseListedKeypair,
} from '../../../../src/drivers/openstack/compute/keypairs/results.ts';
import { parseLimits } from '../../../../src/drivers/openstack/compute/limits/results.ts';
import { parseServer } from '../../../../src/drivers/openstack/compute/servers/results.ts';
import { ResponseShapeError } from '../../../../src/index.ts';
import { loadFixture } from '../../../helpers/fixtures.ts';

function serverOf(name: string): unknown {
  return (loadFixture(`compute/servers/${name}`) as { server: unknown }).server;
}

describe('parseServer over real Nova shapes', () => {
  it('2.1: flavor is a reference, image an object', () => {
    const s = parseServer(serverOf('get.mv2-1'), '$.server');
    expect(s.flavor).toMatchObject({ id: '090c182a-77b1-4f35-bb4b-066018ddc76b', originalName: undefined });
    expect(s.imageId).toBe('ccb63159-c0b5-4fa1-a37e-047b5f52422e');
    expect(s.tags).toEqual([]);
    expect(s.locked).toBeUndefined();
  });

  it('2.47: the flavor is embedded (no id)', () => {
    const s = parseServer(serverOf('get.mv2-47'), '$.server');
    expect(s.flavor).toMatchObject({
      id: undefined,
      originalName: 'stratus-test-compute-rec16994-flavor',
      ram: 128,
      vcpus: 1,
    });
    expect(s.flavor?.extraSpecs).toEqual({ 'hw:cpu_policy': 'shared' });
  });

  it('2.93: every extension field', () => {
    const s = parseServer(serverOf('get.mv2-93'), '$.server');
    expect(s).toMatchObject({
      status: 'ACTIVE',
      keyName: 'stratus-test-compute-rec16994-kp',
      availabilityZone: 'nova',
      vmState: 'active',
      powerState: 1,
      locked: false,
      securityGroups: ['default'],
      metadata: { role: 'rec' },
      accessIPv4: undefined,
    });
    expect(s.addresses['stratus-test-compute-rec16994-net']?.[0]).toEqual({
      addr: '10.77.0.125',
      version: 4,
      type: 'fixed',
      macAddr: 'fa:16:3e:5c:f8:0b',
    });
  });

  it('boot from volume: image "" becomes undefined, at 2.1 and at 2.93', () => {
    for (const name of ['get.boot-from-volume', 'get.boot-from-volume-mv2-1']) {
      const s = parseServer(serverOf(name), '$.server');
      expect(s.imageId).toBeUndefined();
      expect(s.volumeIds).toEqual(['c96d842b-8665-412b-9559-2f3ffa9ca837']);
    }
  });

  it('a partial record from a down cell (2.69) still parses', () => {
    const s = parseServer(
      { id: 'x', status: 'UNKNOWN', tenant_id: 't', created: '2026-01-01T00:00:00Z', links: [] },
      '$',
    );
    expect(s).toMatchObject({ id: 'x', name: '', status: 'UNKNOWN', addresses: {} });
  });

  it('names the JSON path of a bad nested field and of a bad metadata value', () => {
    const base = serverOf('get.mv2-93') as Record<string, unknown>;
    expect(() => parseServer({ ...base, flavor: { ram: 'lots' } }, '$.server')).toThrow(
      '$.server.flavor.ram',
    );
    expect(() => parseServer({ ...base, metadata: { a: 1 } }, '$.server')).toThrow('$.server.metadata.a');
    expect(() => parseServer({ ...base, image: 7 }, '$.server')).toThrow('$.server.image');
    expect(() => parseServer({ ...base, security_groups: [{}] }, '$.server')).toThrow(
      '$.server.security_groups[0].name',
    );
  });

  it('names the JSON path of a bad field', () => {
    const raw = { ...(serverOf('get.mv2-93') as object), addresses: { net: [{ addr: 7 }] } };
    expect(() => parseServer(raw, '$.servers[3]')).toThrow(ResponseShapeError);
    expect(() => parseServer(raw, '$.servers[3]')).toThrow('$.servers[3].addresses.net[0].addr');
  });
  it('the fast paths still check every field they pass through, and name its path', () => {
    const base = serverOf('get.mv2-93') as Record<string, unknown>;
    const address = { version: 4, addr: '10.0.0.5', 'OS-EXT-IPS:type': 'fixed' };
    const at = (field: string, value: unknown): Record<string, unknown> => ({ ...base, [field]: value });
    const bad: [Record<string, unknown>, string][] = [
      [
        at('addresses', { net: [{ ...address, 'OS-EXT-IPS:type': 7 }] }),
        '$.s.addresses.net[0].OS-EXT-IPS:type',
      ],
      [
        at('addresses', { net: [{ ...address, 'OS-EXT-IPS-MAC:mac_addr': 1 }] }),
        '$.s.addresses.net[0].OS-EXT-IPS-MAC:mac_addr',
      ],
      [at('addresses', { net: [{ ...address, version: 'six' }] }), '$.s.addresses.net[0].version'],
      [at('addresses', { net: ['10.0.0.5'] }), '$.s.addresses.net[0]'],
      [at('addresses', { net: { addr: '10.0.0.5' } }), '$.s.addresses.net'],
      [at('addresses', []), '$.s.addresses'],
      [at('flavor', { id: 3.5 }), '$.s.flavor.id'],
      [at('flavor', { vcpus: 1, extra_specs: { a: 1 } }), '$.s.flavor.extra_specs.a'],
      [at('flavor', 'm1.tiny'), '$.s.flavor'],
      [at('image', { id: true }), '$.s.image.id'],
      [at('metadata', ['a']), '$.s.metadata'],
      [at('security_groups', [7]), '$.s.security_groups[0]'],
      [at('tags', ['a', 1]), '$.s.tags[1]'],
    ];
    for (const [raw, path] of bad) {
      expect(() => parseServer(raw, '$.s'), path).toThrow(ResponseShapeError);
      expect(() => parseServer(raw, '$.s'), path).toThrow(`at ${path}:`);
    }
    const lenient = parseServer(
      at('addresses', { net: [{ addr: 'fe80::1', version: '6' }], empty: null }),
      '$.s',
    );
    expect(lenient.addresses).toEqual({
      net: [{ addr: 'fe80::1', version: 6, type: undefined, macAddr: undefined }],
      empty: [],
    });
    expect(
      parseServer(at('addresses', { net: [{ addr: 'fe80::1' }] }), '$.s').addresses.net?.[0]?.version,
    ).toBe(6);
  });
});

describe('other parsers over real shapes', () => {
  it('flavors at 2.1 and 2.93 (swap "" is 0, extra specs from 2.61)', () => {
    const flavor = parseFlavor(
      (loadFixture('compute/flavors/get') as { flavor: unknown }).flavor,
      '$.flavor',
    );
    expect(flavor).toMatchObject({
      ram: 128,
      disk: 1,
      vcpus: 1,
      swap: 0,
      isPublic: true,
      extraSpecs: { 'hw:cpu_policy': 'shared' },
    });
    expect(parseFlavor({ id: '1', name: 'm1', ram: '512', disk: 1, vcpus: 1, swap: '' }, '$').swap).toBe(0);
  });

  it('key pairs: list elements are wrapped; a private key is hidden from JSON', () => {
    const listed = (loadFixture('compute/keypairs/list') as { keypairs: unknown[] }).keypairs[0];
    expect(parseListedKeypair(listed, '$.keypairs[0]').type).toBe('ssh');
    const created = parseKeypair(
      { name: 'k', public_key: 'ssh-rsa AAA', fingerprint: 'f', private_key: 'SECRET-KEY' },
      '$',
    );
    expect(created.privateKey).toBe('SECRET-KEY');
    expect(JSON.stringify(created)).not.toContain('SECRET-KEY');
  });

  it('zones and limits', () => {
    const zones = (loadFixture('compute/availability-zones/list') as { availabilityZoneInfo: unknown[] })
      .availabilityZoneInfo;
    expect(parseAvailabilityZone(zones[0], '$')).toEqual({ name: 'nova', available: true, hosts: {} });
    expect(parseLimits(loadFixture('compute/limits/get')).absolute.maxTotalInstances).toBe(100);
  });
});
