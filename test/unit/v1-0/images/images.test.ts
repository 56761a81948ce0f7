import { describe, expect, it } from 'vitest';
import {
  buildCreateImageRequest,
  buildDeleteImageRequest,
  buildGetImageRequest,
  buildListImagesRequest,
  parseV10Image,
  parseV10ImageBody,
  parseV10ImageRef,
} from '../../../../src/drivers/openstack/v1-0/images/index.ts';
import { ConfigurationError } from '../../../../src/errors/index.ts';
import { expectArray, expectObject } from '../../../../src/shape/expect.ts';
import { FORMATS, v10FixtureBody } from '../fixtures.ts';

function items(name: string, format: 'json' | 'xml'): readonly unknown[] {
  return expectArray(expectObject(v10FixtureBody(name, format), '$').images, '$.images');
}

describe('image request builders', () => {
  it('builds list, get, create and delete', () => {
    expect(buildListImagesRequest(true, { pageSize: 10 })).toMatchObject({
      path: 'images/detail',
      query: { limit: 10 },
    });
    expect(buildListImagesRequest(false).path).toBe('images');
    expect(buildGetImageRequest('8')).toMatchObject({ method: 'GET', path: 'images/8', expect: [200, 203] });
    expect(buildCreateImageRequest({ serverId: '52415800', name: 'before-upgrade' })).toEqual({
      method: 'POST',
      path: 'images',
      json: { image: { serverId: 52415800, name: 'before-upgrade' } },
      expect: [200, 202],
    });
    expect(buildDeleteImageRequest('191240')).toMatchObject({ method: 'DELETE', path: 'images/191240' });
  });

  it('names the bad field', () => {
    expect(() => buildCreateImageRequest({ serverId: 'web-01', name: 'x' })).toThrow(/serverId/);
    expect(() => buildCreateImageRequest({ serverId: '1', name: '' })).toThrow(ConfigurationError);
  });
});

describe.each(FORMATS)('image parsers (%s)', (format) => {
  it('parses the summary list', () => {
    expect(items('images/list', format).map((x, i) => parseV10ImageRef(x, `$.images[${i}]`))).toEqual([
      { id: '8', name: 'Ubuntu 9.04 (jaunty)' },
      { id: '191234', name: 'nightly web-01' },
    ]);
  });

  it('parses the detail list, dates with offsets included', () => {
    const [base, backup] = items('images/list-detail', format).map((x, i) =>
      parseV10Image(x, `$.images[${i}]`),
    );
    expect(base).toMatchObject({ id: '8', status: 'ACTIVE', serverId: undefined, progress: undefined });
    expect(base?.created?.toISOString()).toBe('2009-07-20T14:14:37.000Z');
    expect(backup).toMatchObject({
      serverId: '52415800',
      status: 'SAVING',
      progress: 80,
      minDisk: 10,
      minRam: 256,
    });
  });

  it('parses an empty list, a get and a create', () => {
    expect(items('images/list-detail.empty', format)).toEqual([]);
    expect(parseV10ImageBody(v10FixtureBody('images/get', format)).name).toBe('Ubuntu 9.04 (jaunty)');
    expect(parseV10ImageBody(v10FixtureBody('images/create', format))).toMatchObject({
      id: '191240',
      status: 'QUEUED',
      serverId: '52415800',
      created: undefined,
    });
  });
});

describe('image parser errors', () => {
  it('rejects an unreadable date with its path', () => {
    expect(() => parseV10Image({ id: 1, name: 'x', created: 'yesterday' }, '$.image')).toThrow(
      /\$\.image\.created/,
    );
  });
});
