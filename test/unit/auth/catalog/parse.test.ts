import { describe, expect, it } from 'vitest';
import {
  catalogFromV1Headers,
  parseV2Catalog,
  parseV3Catalog,
  parseV11Catalog,
} from '../../../../src/auth/catalog/parse.ts';
import { ResponseShapeError } from '../../../../src/errors/response-shape-error.ts';
import { loadFixture } from '../../../helpers/fixtures.ts';

describe('parseV3Catalog', () => {
  it('flattens the recorded local Keystone catalog into one row per endpoint', () => {
    const body = loadFixture('identity/tokens/create.v3-password-project') as { token: { catalog: unknown } };
    const catalog = parseV3Catalog(body.token.catalog, '$.token.catalog');
    expect(catalog.endpoints).toHaveLength(24);
    const compute = catalog.endpoints.filter((e) => e.type === 'compute');
    expect(compute.map((e) => e.interface).sort()).toEqual(['admin', 'internal', 'public']);
    expect(compute[0]).toMatchObject({
      name: 'nova',
      region: 'RegionOne',
      url: 'http://127.0.0.1:8774/v2.1',
    });
    expect(Object.isFrozen(catalog.endpoints)).toBe(true);
  });

  it('gives an empty catalog when there is none (unscoped token)', () => {
    expect(parseV3Catalog(undefined, '$.token.catalog').endpoints).toEqual([]);
  });

  it('names the JSON path of a bad endpoint', () => {
    const bad = [{ type: 'compute', endpoints: [{ interface: 'public', url: 42 }] }];
    expect(() => parseV3Catalog(bad, '$.token.catalog')).toThrow(ResponseShapeError);
    expect(() => parseV3Catalog(bad, '$.token.catalog')).toThrow('$.token.catalog[0].endpoints[0].url');
  });
});

describe('parseV2Catalog', () => {
  it('expands publicURL/internalURL/adminURL into three endpoints', () => {
    const raw = [
      {
        type: 'compute',
        name: 'nova',
        endpoints: [
          {
            region: 'DFW',
            publicURL: 'https://dfw/v2/t',
            internalURL: 'http://i/v2/t',
            adminURL: 'http://a/v2',
          },
        ],
      },
    ];
    const catalog = parseV2Catalog(raw, '$.access.serviceCatalog');
    expect(catalog.endpoints.map((e) => [e.interface, e.url, e.region])).toEqual([
      ['public', 'https://dfw/v2/t', 'DFW'],
      ['internal', 'http://i/v2/t', 'DFW'],
      ['admin', 'http://a/v2', 'DFW'],
    ]);
  });
});

describe('parseV11Catalog', () => {
  it('maps Rackspace service names to types', () => {
    const raw = {
      cloudServers: [{ publicURL: 'https://servers.api/v1.0/123', v1Default: true }],
      cloudFiles: [{ region: 'ORD', publicURL: 'https://files/v1', internalURL: 'https://snet-files/v1' }],
    };
    const catalog = parseV11Catalog(raw, '$.auth.serviceCatalog');
    expect(catalog.endpoints.map((e) => [e.type, e.name, e.interface])).toEqual([
      ['compute', 'cloudServers', 'public'],
      ['object-store', 'cloudFiles', 'public'],
      ['object-store', 'cloudFiles', 'internal'],
    ]);
  });
});

describe('catalogFromV1Headers', () => {
  it('reads the service URLs from the login headers', () => {
    const catalog = catalogFromV1Headers({
      'x-server-management-url': 'https://servers.api/v1.0/123',
      'x-storage-url': 'https://storage/v1/AUTH_123',
    });
    expect(catalog.endpoints.map((e) => [e.type, e.url])).toEqual([
      ['compute', 'https://servers.api/v1.0/123'],
      ['object-store', 'https://storage/v1/AUTH_123'],
    ]);
  });
});
