import { describe, expect, it } from 'vitest';
import {
  buildListAddressesRequest,
  buildListNetworkAddressesRequest,
  parseIpList,
  parseV10Addresses,
  type V10AddressNetwork,
} from '../../../../src/drivers/openstack/v1-0/addresses/index.ts';
import { expectObject } from '../../../../src/shape/expect.ts';
import { FORMATS, v10FixtureBody } from '../fixtures.ts';

describe('address request builders', () => {
  it('builds both address calls and rejects other networks', () => {
    expect(buildListAddressesRequest('7')).toEqual({
      method: 'GET',
      path: 'servers/7/ips',
      expect: [200, 203],
    });
    expect(buildListNetworkAddressesRequest('7', 'private').path).toBe('servers/7/ips/private');
    expect(() => buildListNetworkAddressesRequest('7', 'tenant' as V10AddressNetwork)).toThrow(
      /network must be "public" or "private"/,
    );
  });
});

describe.each(FORMATS)('address parsers (%s)', (format) => {
  it('parses both lists and one list', () => {
    const body = expectObject(v10FixtureBody('addresses/list', format), '$');
    expect(parseV10Addresses(body.addresses, '$.addresses')).toEqual({
      public: ['198.51.100.21', '198.51.100.99'],
      private: ['10.176.40.21'],
    });
    const one = expectObject(v10FixtureBody('addresses/list-public', format), '$');
    expect(parseIpList(one.public, '$.public')).toEqual(['198.51.100.21', '198.51.100.99']);
  });
});

describe('address parser errors', () => {
  it('names a non-string entry', () => {
    expect(() => parseV10Addresses({ public: [1] }, '$.addresses')).toThrow(/\$\.addresses\.public\[0\]/);
  });
});
