import { describe, expect, it } from 'vitest';
import { parseFloatingIp } from '../../../src/drivers/openstack/network/floating-ips/results.ts';
import { parseNetwork } from '../../../src/drivers/openstack/network/networks/results.ts';
import { parseSecurityGroup } from '../../../src/drivers/openstack/network/security-groups/results.ts';
import { ResponseShapeError } from '../../../src/errors/index.ts';

const ID = '2a8063f9-2901-46c1-bbc8-b51eada85dde';

describe('Neutron tags on parsed objects', () => {
  it('keeps the tags the answer carries, and says undefined (not []) when it carries none', () => {
    expect(parseNetwork({ id: ID, status: 'ACTIVE', tags: ['stratus:d/net'] }).tags).toEqual([
      'stratus:d/net',
    ]);
    expect(parseNetwork({ id: ID, status: 'ACTIVE' }).tags).toBeUndefined();
    expect(parseSecurityGroup({ id: ID, name: 'sg', tags: [] }).tags).toEqual([]);
    expect(
      parseFloatingIp({
        id: ID,
        floating_ip_address: '203.0.113.5',
        floating_network_id: ID,
        status: 'DOWN',
        tags: ['x'],
      }).tags,
    ).toEqual(['x']);
  });

  it('refuses tags that are not strings, naming the path', () => {
    expect(() => parseNetwork({ id: ID, status: 'ACTIVE', tags: [1] })).toThrow(ResponseShapeError);
    expect(() => parseNetwork({ id: ID, status: 'ACTIVE', tags: [1] })).toThrow(/\$\.tags\[0\]/);
  });
});
