import { describe, expect, it } from 'vitest';
import { decodeV10Xml } from '../../../../src/drivers/openstack/v1-0/wire/xml-decode.ts';
import { ResponseShapeError } from '../../../../src/errors/index.ts';
import { v10FixtureText } from '../fixtures.ts';

describe('decodeV10Xml', () => {
  it('turns a collection into an array of attribute objects', () => {
    expect(decodeV10Xml(v10FixtureText('flavors/list-detail', 'xml'))).toEqual({
      flavors: [
        { id: '1', name: '256 server', ram: '256', disk: '10' },
        { id: '2', name: '512 server', ram: '512', disk: '20' },
        { id: '4', name: '2GB server', ram: '2048', disk: '80' },
      ],
    });
  });

  it('gives an empty array for an empty collection element', () => {
    expect(decodeV10Xml(v10FixtureText('servers/list.empty', 'xml'))).toEqual({ servers: [] });
  });

  it('keeps a one-item collection an array', () => {
    expect(decodeV10Xml('<images><image id="3" name="one"/></images>')).toEqual({
      images: [{ id: '3', name: 'one' }],
    });
  });

  it('turns metadata into a map, addresses into string lists, and decodes entities', () => {
    const decoded = decodeV10Xml(v10FixtureText('servers/list-detail', 'xml'));
    expect(decoded).toMatchObject({
      servers: [
        {
          metadata: { role: 'web', owner: 'ops & dev' },
          addresses: { public: ['198.51.100.21', '2001:db8::21'], private: ['10.176.40.21'] },
        },
        { metadata: {}, addresses: { public: [], private: ['10.176.40.22'] }, sharedIpGroupId: '1234' },
      ],
    });
  });

  it('gives the same structure as the JSON twin for every fixture pair, up to number-vs-string', () => {
    for (const name of [
      'servers/list-detail',
      'servers/get',
      'servers/create',
      'images/list-detail',
      'limits/get',
      'addresses/list',
      'addresses/list-public',
      'shared-ip-groups/list-detail',
      'shared-ip-groups/get',
      'faults/item-not-found',
      'faults/over-limit',
    ]) {
      const fromJson: unknown = JSON.parse(v10FixtureText(name, 'json'), (_key, value: unknown) =>
        typeof value === 'number' ? String(value) : value,
      );
      expect(decodeV10Xml(v10FixtureText(name, 'xml')), name).toEqual(fromJson);
    }
  });

  it('reads shared IP group members as ids and limits as rate list plus absolute map', () => {
    expect(decodeV10Xml(v10FixtureText('shared-ip-groups/get', 'xml'))).toEqual({
      sharedIpGroup: { id: '1234', name: 'web pool', servers: ['52415800'] },
    });
    const limits = decodeV10Xml(v10FixtureText('limits/get', 'xml'));
    expect(limits).toMatchObject({ limits: { absolute: { maxIPGroups: '25' } } });
  });

  it('rejects text that is not well-formed XML with a ResponseShapeError at $', () => {
    const error = (() => {
      try {
        decodeV10Xml('<servers><server></servers>');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ path: '$' });
  });

  it('rejects a document with a DOCTYPE, so entity expansion never runs', () => {
    expect(() => decodeV10Xml('<!DOCTYPE s [<!ENTITY x "y">]><server id="1" name="&x;"/>')).toThrow(
      /DOCTYPE/,
    );
  });

  it('rejects a metadata entry without a key, naming its path', () => {
    expect(() => decodeV10Xml('<server><metadata><meta>v</meta></metadata></server>')).toThrow(
      /\$\.server\.metadata\.meta\[0\]/,
    );
    expect(() => decodeV10Xml('<server><metadata><meta k="x">v</meta></metadata></server>')).toThrow(
      /\$\.server\.metadata\.meta\[0\]\.key/,
    );
  });
});
