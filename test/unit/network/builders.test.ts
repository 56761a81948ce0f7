import { describe, expect, it } from 'vitest';
import {
  buildSetFloatingIpPortRequest,
  parseFloatingIp,
} from '../../../src/drivers/openstack/network/floating-ips/index.ts';
import { buildListPortsRequest } from '../../../src/drivers/openstack/network/ports/index.ts';
import {
  buildCreateRouterRequest,
  buildUpdateRouterRequest,
} from '../../../src/drivers/openstack/network/routers/index.ts';
import {
  buildCreateSecurityGroupRuleRequest,
  parseSecurityGroupRule,
} from '../../../src/drivers/openstack/network/security-group-rules/index.ts';
import { buildCreateSubnetRequest } from '../../../src/drivers/openstack/network/subnets/index.ts';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { ResponseShapeError } from '../../../src/errors/response-shape-error.ts';
import { loadFixture } from '../../helpers/fixtures.ts';

describe('Neutron builders', () => {
  it('drops unset filters but keeps an explicit page size, and repeats id filters', () => {
    const request = buildListPortsRequest({ deviceId: 'srv', ids: ['a', 'b'] });
    expect(request.path).toBe('ports');
    expect(request.query).toEqual({
      network_id: undefined,
      device_id: 'srv',
      device_owner: undefined,
      name: undefined,
      mac_address: undefined,
      id: ['a', 'b'],
      limit: 100,
    });
  });

  it('rejects a malformed CIDR with the fix in the message and infers IPv6', () => {
    expect(() => buildCreateSubnetRequest({ networkId: 'n', cidr: '10.0.0.0' })).toThrow(ConfigurationError);
    expect(() => buildCreateSubnetRequest({ networkId: 'n', cidr: '10.0.0.0' })).toThrow(
      /such as 10\.0\.0\.0\/24/,
    );
    expect(buildCreateSubnetRequest({ networkId: 'n', cidr: 'fd00::/64' }).json).toMatchObject({
      subnet: { ip_version: 6 },
    });
    expect(buildCreateSubnetRequest({ networkId: 'n', cidr: '10.0.0.0/24', gatewayIp: null }).json).toEqual({
      subnet: { network_id: 'n', cidr: '10.0.0.0/24', ip_version: 4, gateway_ip: null },
    });
  });

  it('validates security group rule ports and remotes', () => {
    const base = { securityGroupId: 'sg', protocol: 'tcp' };
    expect(() => buildCreateSecurityGroupRuleRequest({ ...base, portRangeMin: 70000 })).toThrow(/0–65535/);
    expect(() =>
      buildCreateSecurityGroupRuleRequest({ ...base, portRangeMin: 90, portRangeMax: 80 }),
    ).toThrow(/below portRangeMin/);
    expect(() =>
      buildCreateSecurityGroupRuleRequest({ ...base, remoteIpPrefix: '0.0.0.0/0', remoteGroupId: 'g' }),
    ).toThrow(/not both/);
    expect(buildCreateSecurityGroupRuleRequest({ ...base, direction: 'egress' }).json).toEqual({
      security_group_rule: {
        security_group_id: 'sg',
        direction: 'egress',
        ethertype: 'IPv4',
        protocol: 'tcp',
      },
    });
  });

  it('sets, keeps or clears a router gateway', () => {
    expect(buildCreateRouterRequest({ name: 'r' }).json).toEqual({ router: { name: 'r' } });
    expect(buildUpdateRouterRequest('id', { externalNetworkId: 'pub' }).json).toEqual({
      router: { external_gateway_info: { network_id: 'pub' } },
    });
    expect(buildUpdateRouterRequest('id', { externalNetworkId: null }).json).toEqual({
      router: { external_gateway_info: {} },
    });
    expect(buildUpdateRouterRequest('id', { name: 'n' }).json).toEqual({ router: { name: 'n' } });
  });

  it('detaches a floating IP with port_id null and no fixed address', () => {
    expect(buildSetFloatingIpPortRequest('f', null, '10.0.0.5').json).toEqual({
      floatingip: { port_id: null },
    });
    expect(buildSetFloatingIpPortRequest('f', 'p', '10.0.0.5').json).toEqual({
      floatingip: { port_id: 'p', fixed_ip_address: '10.0.0.5' },
    });
  });
});

describe('Neutron parsers', () => {
  it('takes the server from port_details only for compute ports', () => {
    const body = loadFixture('network/floating-ips/attach') as { floatingip: Record<string, unknown> };
    expect(parseFloatingIp(body.floatingip).serverId).toBe('ac348cf0-be1b-4cdd-aba8-faa112c1b5b1');
    const details = body.floatingip.port_details as Record<string, unknown>;
    const router = {
      ...body.floatingip,
      port_details: { ...details, device_owner: 'network:router_gateway' },
    };
    expect(parseFloatingIp(router).serverId).toBeUndefined();
  });

  it('accepts numeric protocols and rejects an unknown direction with its path', () => {
    const body = loadFixture('network/security-group-rules/create') as { security_group_rule: object };
    expect(parseSecurityGroupRule({ ...body.security_group_rule, protocol: 47 }).protocol).toBe('47');
    expect(() => parseSecurityGroupRule({ ...body.security_group_rule, direction: 'both' }, '$.r')).toThrow(
      ResponseShapeError,
    );
  });
});
