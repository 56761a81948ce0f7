import { describe, expect, it } from 'vitest';
import {
  buildGetFlavorRequest,
  buildListFlavorsRequest,
  parseV10Flavor,
  parseV10FlavorBody,
  parseV10FlavorRef,
} from '../../../../src/drivers/openstack/v1-0/flavors/index.ts';
import { expectArray, expectObject } from '../../../../src/shape/expect.ts';
import { FORMATS, v10FixtureBody } from '../fixtures.ts';

function items(name: string, format: 'json' | 'xml'): readonly unknown[] {
  return expectArray(expectObject(v10FixtureBody(name, format), '$').flavors, '$.flavors');
}

describe('flavor request builders', () => {
  it('builds list and get', () => {
    expect(buildListFlavorsRequest(true)).toMatchObject({ method: 'GET', path: 'flavors/detail' });
    expect(buildListFlavorsRequest(false).path).toBe('flavors');
    expect(buildGetFlavorRequest('2').path).toBe('flavors/2');
    expect(() => buildGetFlavorRequest('m1.tiny')).toThrow(/flavorId/);
  });
});

describe.each(FORMATS)('flavor parsers (%s)', (format) => {
  it('parses summary and detail lists and a get, numbers from strings included', () => {
    expect(items('flavors/list', format).map((x, i) => parseV10FlavorRef(x, `$.flavors[${i}]`))).toEqual([
      { id: '1', name: '256 server' },
      { id: '2', name: '512 server' },
    ]);
    expect(items('flavors/list-detail', format).map((x, i) => parseV10Flavor(x, `$.flavors[${i}]`))).toEqual([
      { id: '1', name: '256 server', ram: 256, disk: 10, vcpus: undefined },
      { id: '2', name: '512 server', ram: 512, disk: 20, vcpus: undefined },
      { id: '4', name: '2GB server', ram: 2048, disk: 80, vcpus: undefined },
    ]);
    expect(parseV10FlavorBody(v10FixtureBody('flavors/get', format))).toMatchObject({ id: '2', ram: 512 });
  });
});

describe('flavor parser errors', () => {
  it('requires ram and disk', () => {
    expect(() => parseV10Flavor({ id: 1, name: 'x', disk: 1 }, '$.flavor')).toThrow(/\$\.flavor\.ram/);
  });
});
