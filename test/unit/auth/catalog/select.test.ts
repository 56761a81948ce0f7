import { describe, expect, it } from 'vitest';
import { serviceTypeCandidates } from '../../../../src/auth/catalog/aliases.ts';
import { AmbiguousEndpointError } from '../../../../src/auth/catalog/ambiguous-endpoint-error.ts';
import { type CatalogEndpoint, EMPTY_CATALOG, makeCatalog } from '../../../../src/auth/catalog/model.ts';
import { explainSelection, selectEndpoint } from '../../../../src/auth/catalog/select.ts';
import { EndpointNotFoundError } from '../../../../src/errors/endpoint-not-found-error.ts';

function ep(type: string, name: string, region: string, iface: CatalogEndpoint['interface'], url: string) {
  return { type, name, region, interface: iface, url };
}

const catalog = makeCatalog([
  ep('compute', 'nova', 'RegionOne', 'public', 'https://nova.one/v2.1'),
  ep('compute', 'nova', 'RegionOne', 'internal', 'http://nova.internal.one/v2.1'),
  ep('compute', 'nova', 'RegionTwo', 'public', 'https://nova.two/v2.1'),
  ep('volumev3', 'cinderv3', 'RegionOne', 'public', 'https://cinder.one/v3/p'),
  ep('image', 'glance', 'RegionOne', 'public', 'https://glance.one'),
  ep('image', 'glance-legacy', 'RegionOne', 'public', 'https://glance-old.one'),
]);

describe('serviceTypeCandidates', () => {
  it('follows the official aliases both ways', () => {
    expect(serviceTypeCandidates('block-storage')).toEqual([
      'block-storage',
      'volumev3',
      'volumev2',
      'volume',
      'block-store',
    ]);
    expect(serviceTypeCandidates('volumev3')).toEqual([
      'volumev3',
      'block-storage',
      'volumev2',
      'volume',
      'block-store',
    ]);
    expect(serviceTypeCandidates('compute')).toEqual(['compute']);
  });
});

describe('selectEndpoint', () => {
  it('picks by type, region and interface', () => {
    expect(selectEndpoint(catalog, { type: 'compute', region: 'RegionTwo' }).url).toBe(
      'https://nova.two/v2.1',
    );
    const internal = selectEndpoint(catalog, { type: 'compute', region: 'RegionOne', interface: 'internal' });
    expect(internal.url).toBe('http://nova.internal.one/v2.1');
  });

  it('finds block-storage under its alias volumev3', () => {
    expect(selectEndpoint(catalog, { type: 'block-storage' }).url).toBe('https://cinder.one/v3/p');
  });

  it('reports ambiguity with every candidate instead of guessing', () => {
    expect(() => selectEndpoint(catalog, { type: 'compute' })).toThrow(AmbiguousEndpointError);
    expect(() => selectEndpoint(catalog, { type: 'image' })).toThrow(/glance .*glance-legacy|glance-old/);
    expect(selectEndpoint(catalog, { type: 'image', name: 'glance' }).url).toBe('https://glance.one');
  });

  it('suggests the region with the right case and lists what the catalog has', () => {
    let error: unknown;
    try {
      selectEndpoint(catalog, { type: 'compute', region: 'regionone' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EndpointNotFoundError);
    const message = (error as Error).message;
    expect(message).toContain('region `regionone` not found; did you mean `RegionOne`?');
    expect(message).toContain('regions: RegionOne, RegionTwo');
    expect(message).toContain('types: compute, image, volumev3');
    expect(message).toContain('interfaces: internal, public');
  });

  it('suggests the nearest service type', () => {
    expect(() => selectEndpoint(catalog, { type: 'imagee' })).toThrow(/did you mean `image`\?\. The catalog/);
    expect(() => selectEndpoint(catalog, { type: 'dns' })).toThrow(
      /service type `dns` not found\. The catalog/,
    );
  });

  it('explains an empty catalog as an unscoped token', () => {
    expect(() => selectEndpoint(EMPTY_CATALOG, { type: 'compute' })).toThrow(
      /catalog is empty.*unscoped token/,
    );
  });

  it('is deterministic: the same catalog in another order gives the same answer or the same error', () => {
    const reversed = makeCatalog([...catalog.endpoints].reverse());
    const selector = { type: 'compute', region: 'RegionOne' } as const;
    expect(selectEndpoint(reversed, selector).url).toBe(selectEndpoint(catalog, selector).url);
  });
});

describe('explainSelection', () => {
  it('records each step with counts', () => {
    const result = explainSelection(catalog, { type: 'compute', region: 'RegionOne', interface: 'internal' });
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => [s.step, s.before, s.after])).toEqual([
      ['type', 6, 3],
      ['name', 3, 3],
      ['region', 3, 2],
      ['interface', 2, 1],
      ['unique', 1, 1],
    ]);
  });

  it('stops at the failing step', () => {
    const result = explainSelection(catalog, { type: 'compute', name: 'nova', region: 'Mars' });
    expect(result.ok).toBe(false);
    expect(result.steps.at(-1)).toMatchObject({ step: 'region', wanted: 'Mars', after: 0 });
  });
});
