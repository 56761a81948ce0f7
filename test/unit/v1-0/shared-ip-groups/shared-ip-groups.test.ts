import { describe, expect, it } from 'vitest';
import {
  buildCreateSharedIpGroupRequest,
  buildDeleteSharedIpGroupRequest,
  buildGetSharedIpGroupRequest,
  buildListSharedIpGroupsRequest,
  buildShareIpRequest,
  buildUnshareIpRequest,
  parseV10SharedIpGroup,
  parseV10SharedIpGroupBody,
} from '../../../../src/drivers/openstack/v1-0/shared-ip-groups/index.ts';
import { expectArray, expectObject } from '../../../../src/shape/expect.ts';
import { FORMATS, v10FixtureBody } from '../fixtures.ts';

function items(name: string, format: 'json' | 'xml'): readonly unknown[] {
  return expectArray(expectObject(v10FixtureBody(name, format), '$').sharedIpGroups, '$.sharedIpGroups');
}

describe('shared IP group request builders', () => {
  it('builds list, get, create and delete', () => {
    expect(buildListSharedIpGroupsRequest(true).path).toBe('shared_ip_groups/detail');
    expect(buildListSharedIpGroupsRequest(false).path).toBe('shared_ip_groups');
    expect(buildGetSharedIpGroupRequest('1234').path).toBe('shared_ip_groups/1234');
    expect(buildCreateSharedIpGroupRequest({ name: 'web pool', serverId: '422' })).toEqual({
      method: 'POST',
      path: 'shared_ip_groups',
      json: { sharedIpGroup: { name: 'web pool', server: 422 } },
      expect: [200, 201, 202],
    });
    expect(buildCreateSharedIpGroupRequest({ name: 'empty' }).json).toEqual({
      sharedIpGroup: { name: 'empty', server: undefined },
    });
    expect(buildDeleteSharedIpGroupRequest('1234')).toMatchObject({ method: 'DELETE', expect: [202, 204] });
  });

  it('shares and unshares a public address, IPv6 included', () => {
    expect(
      buildShareIpRequest({ sharedIpGroupId: '1234', serverId: '422', address: '198.51.100.21' }),
    ).toEqual({
      method: 'PUT',
      path: 'servers/422/ips/public/198.51.100.21',
      json: { shareIp: { sharedIpGroupId: 1234, configureServer: true } },
      expect: [202],
    });
    expect(
      buildShareIpRequest({
        sharedIpGroupId: '1',
        serverId: '2',
        address: '2001:db8::1',
        configureServer: false,
      }),
    ).toMatchObject({
      path: 'servers/2/ips/public/2001%3Adb8%3A%3A1',
      json: { shareIp: { configureServer: false } },
    });
    expect(buildUnshareIpRequest('422', '198.51.100.21')).toMatchObject({
      method: 'DELETE',
      expect: [202, 204],
    });
  });

  it('rejects something that is not an address', () => {
    expect(() => buildUnshareIpRequest('422', '198.51.100.21/../../x')).toThrow(
      /address must be an IPv4 or IPv6/,
    );
  });
});

describe.each(FORMATS)('shared IP group parsers (%s)', (format) => {
  it('parses summary (no servers) and detail (server ids) lists', () => {
    expect(items('shared-ip-groups/list', format).map((x, i) => parseV10SharedIpGroup(x, `$[${i}]`))).toEqual(
      [
        { id: '1234', name: 'web pool', servers: undefined },
        { id: '5678', name: 'db pool', servers: undefined },
      ],
    );
    expect(
      items('shared-ip-groups/list-detail', format).map((x, i) => parseV10SharedIpGroup(x, `$[${i}]`)),
    ).toEqual([
      { id: '1234', name: 'web pool', servers: ['52415800', '52415803'] },
      { id: '5678', name: 'db pool', servers: ['52415801'] },
    ]);
    expect(items('shared-ip-groups/list.empty', format)).toEqual([]);
  });

  it('parses a get', () => {
    expect(parseV10SharedIpGroupBody(v10FixtureBody('shared-ip-groups/get', format))).toEqual({
      id: '1234',
      name: 'web pool',
      servers: ['52415800'],
    });
  });
});
