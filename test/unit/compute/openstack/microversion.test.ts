import { describe, expect, it } from 'vitest';
import {
  compareMicroversions,
  microversionHeaders,
  negotiateMicroversion,
  parseMicroversion,
  requireMicroversion,
} from '../../../../src/drivers/openstack/microversion.ts';
import {
  parseVersionDocument,
  versionDocumentUrl,
} from '../../../../src/drivers/openstack/version-discovery.ts';
import { NotSupportedError } from '../../../../src/index.ts';

const v = (t: string) => parseMicroversion(t) ?? { major: -1, minor: -1 };

describe('microversions', () => {
  it('parses and orders numerically (2.10 > 2.9)', () => {
    expect(compareMicroversions(v('2.10'), v('2.9'))).toBeGreaterThan(0);
    expect(parseMicroversion('latest')).toBeUndefined();
  });

  it('negotiates the highest common version, honours pins and refuses gaps', () => {
    const base = { service: 'Nova', serverMin: v('2.1'), libraryMin: v('2.1'), libraryMax: v('2.96') };
    expect(negotiateMicroversion({ ...base, serverMax: v('2.93') })).toEqual(v('2.93'));
    expect(negotiateMicroversion({ ...base, serverMax: v('2.100') })).toEqual(v('2.96'));
    expect(negotiateMicroversion({ ...base, serverMax: v('2.93'), pinned: v('2.60') })).toEqual(v('2.60'));
    expect(() => negotiateMicroversion({ ...base, serverMax: v('2.93'), pinned: v('2.95') })).toThrow(
      NotSupportedError,
    );
    expect(() => negotiateMicroversion({ ...base, serverMin: v('2.97'), serverMax: v('2.99') })).toThrow(
      /Stratus needs/,
    );
  });

  it('fails a feature before sending and names versions', () => {
    expect(() => requireMicroversion(v('2.50'), '2.52', 'Server tags')).toThrow(
      'Server tags needs Nova microversion 2.52 or later; this connection uses 2.50',
    );
    expect(() => requireMicroversion(v('2.52'), '2.52', 'Server tags')).not.toThrow();
  });

  it('sends both header forms to compute and only the modern one elsewhere', () => {
    expect(microversionHeaders('compute', v('2.93'))).toEqual({
      'OpenStack-API-Version': 'compute 2.93',
      'X-OpenStack-Nova-API-Version': '2.93',
    });
    expect(microversionHeaders('volume', v('3.70'))).toEqual({ 'OpenStack-API-Version': 'volume 3.70' });
  });
});

describe('version documents', () => {
  const root = {
    versions: [
      {
        id: 'v2.0',
        status: 'SUPPORTED',
        version: '',
        min_version: '',
        links: [{ rel: 'self', href: 'http://n:8774/v2/' }],
      },
      {
        id: 'v2.1',
        status: 'CURRENT',
        version: '2.93',
        min_version: '2.1',
        links: [{ rel: 'self', href: 'http://n:8774/v2.1/' }],
      },
    ],
  };

  it('picks the version serving the endpoint (not the v2 prefix match)', () => {
    expect(parseVersionDocument(root, 'http://n:8774/v2.1')).toMatchObject({
      id: 'v2.1',
      maxMicroversion: v('2.93'),
    });
    expect(parseVersionDocument(root, 'http://n:8774/v2')).toMatchObject({
      id: 'v2.0',
      maxMicroversion: undefined,
    });
  });

  it('reads the single-version form and Keystone’s values form', () => {
    expect(parseVersionDocument({ version: root.versions[1] }, 'x').minMicroversion).toEqual(v('2.1'));
    expect(parseVersionDocument({ versions: { values: [root.versions[1]] } }, 'http://other').id).toBe(
      'v2.1',
    );
  });

  it('strips a trailing project id from the endpoint', () => {
    expect(versionDocumentUrl('http://n:8774/v2.1/eae6f95d19ae4070993d0f3491051113')).toBe(
      'http://n:8774/v2.1',
    );
    expect(versionDocumentUrl('http://n:8774/v2.1/')).toBe('http://n:8774/v2.1');
    expect(versionDocumentUrl('http://n:8774/v2/123456')).toBe('http://n:8774/v2');
    expect(versionDocumentUrl('http://n/compute/v1.1/rs-reach-project/')).toBe('http://n/compute/v1.1');
    expect(versionDocumentUrl('http://n/compute/v2.1')).toBe('http://n/compute/v2.1');
  });
});
