import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../../../src/drivers/openstack/address-scope.ts';
import { parseServer } from '../../../../src/drivers/openstack/compute/servers/results.ts';
import { serverToNode } from '../../../../src/drivers/openstack/mapping.ts';
import { parseTimestamp } from '../../../../src/drivers/openstack/timestamp.ts';
import { NodeState } from '../../../../src/index.ts';
import { loadFixture } from '../../../helpers/fixtures.ts';

const base = (loadFixture('compute/servers/get.mv2-93') as { server: Record<string, unknown> }).server;

describe('serverToNode', () => {
  it.each([
    ['ACTIVE', NodeState.RUNNING],
    ['BUILD', NodeState.PENDING],
    ['SHUTOFF', NodeState.STOPPED],
    ['REBOOT', NodeState.REBOOTING],
    ['HARD_REBOOT', NodeState.REBOOTING],
    ['VERIFY_RESIZE', NodeState.RUNNING],
    ['RESIZE', NodeState.RECONFIGURING],
    ['REVERT_RESIZE', NodeState.RECONFIGURING],
    ['SHELVED_OFFLOADED', NodeState.ARCHIVED],
    ['PAUSED', NodeState.PAUSED],
    ['SUSPENDED', NodeState.SUSPENDED],
    ['ERROR', NodeState.ERROR],
    ['SOMETHING_NEW', NodeState.UNKNOWN],
  ])('maps %s to %s', (status, state) => {
    expect(serverToNode(parseServer({ ...base, status }, '$')).state).toBe(state);
  });

  it('splits addresses into public and private by the documented rule', () => {
    const addresses = {
      private: [
        { addr: '10.0.0.5', version: 4, 'OS-EXT-IPS:type': 'fixed' },
        { addr: '203.0.113.9', version: 4, 'OS-EXT-IPS:type': 'floating' },
        { addr: 'fd00::5', version: 6, 'OS-EXT-IPS:type': 'fixed' },
      ],
      public: [
        { addr: '203.0.113.20', version: 4, 'OS-EXT-IPS:type': 'fixed' },
        { addr: '2001:db8::1', version: 6 },
      ],
    };
    const node = serverToNode(parseServer({ ...base, addresses }, '$'));
    expect(node.publicIps).toEqual(['203.0.113.9', '203.0.113.20', '2001:db8::1']);
    expect(node.privateIps).toEqual(['10.0.0.5', 'fd00::5']);
  });

  it('carries the fault message, the size and the image, and the server as extra', () => {
    const node = serverToNode(
      parseServer({ ...base, status: 'ERROR', fault: { code: 500, message: 'No valid host' } }, '$'),
    );
    expect(node).toMatchObject({
      failureReason: 'No valid host',
      sizeId: 'stratus-test-compute-rec16994-flavor',
    });
    expect(node.createdAt?.toISOString()).toBe('2026-11-22T01:25:07.000Z');
    expect(node.extra.id).toBe(node.id);
  });

  it.each([
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['100.64.0.1', false],
    ['169.254.1.1', false],
    ['8.8.8.8', true],
    ['fe80::1', false],
    ['fec0:4801:7808:52:16:3eff:fe60:187d', false],
    ['FEFF::1', false],
    ['2001:db8::1', true],
  ])('%s is public: %s', (addr, expected) => {
    expect(isPublicAddress(addr, 'fixed')).toBe(expected);
  });
});

describe('parseTimestamp', () => {
  it.each([
    '2026-11-22T01:25:07Z',
    '2024-02-29T23:59:59Z',
    '1999-12-31T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2000-02-29T12:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-12-31T23:59:59Z',
    '0050-06-01T00:00:00Z',
    '0150-06-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-11-00T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-11-22T24:00:00Z',
    '2026-11-22T01:60:00Z',
    '2026-1a-22T01:25:07Z',
    '2026-11-22T01:25:11.000000',
    '2026-11-22T01:25:11+02:00',
    'not a date',
    '',
  ])('reads %j as new Date() does', (text) => {
    const general = new Date(text);
    const expected = Number.isNaN(general.getTime()) ? undefined : general.getTime();
    expect(parseTimestamp(text)?.getTime()).toBe(expected);
  });

  it('gives undefined for a missing timestamp and for one the date parser rejects', () => {
    expect(parseTimestamp(undefined)).toBeUndefined();
    expect(parseTimestamp('2026-11-22Tnoon')).toBeUndefined();
  });
});
