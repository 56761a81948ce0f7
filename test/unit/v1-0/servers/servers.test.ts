import { describe, expect, it } from 'vitest';
import {
  buildCreateServerRequest,
  buildDeleteServerRequest,
  buildGetServerRequest,
  buildListServersRequest,
  buildUpdateServerRequest,
  parseV10Server,
  parseV10ServerBody,
  parseV10ServerRef,
} from '../../../../src/drivers/openstack/v1-0/servers/index.ts';
import { ConfigurationError, ResponseShapeError } from '../../../../src/errors/index.ts';
import { expectArray, expectObject } from '../../../../src/shape/expect.ts';
import { FORMATS, v10FixtureBody } from '../fixtures.ts';

function items(name: string, format: 'json' | 'xml'): readonly unknown[] {
  return expectArray(expectObject(v10FixtureBody(name, format), '$').servers, '$.servers');
}

describe('server request builders', () => {
  it('lists summary or detail with limit and changes-since', () => {
    expect(buildListServersRequest(false)).toEqual({
      method: 'GET',
      path: 'servers',
      query: { limit: 1000, 'changes-since': undefined },
      expect: [200, 203],
    });
    const since = new Date('2010-11-17T00:00:00Z');
    expect(buildListServersRequest(true, { changesSince: since, pageSize: 50 })).toMatchObject({
      path: 'servers/detail',
      query: { limit: 50, 'changes-since': 1289952000 },
    });
  });

  it('gets, updates and deletes by numeric id only', () => {
    expect(buildGetServerRequest('72258')).toMatchObject({ method: 'GET', path: 'servers/72258' });
    expect(buildDeleteServerRequest('72258')).toMatchObject({ method: 'DELETE', expect: [202, 204] });
    expect(() => buildGetServerRequest('72258/action')).toThrow(ConfigurationError);
  });

  it('creates with integer ids, metadata, base64 personality and a shared IP group', () => {
    const request = buildCreateServerRequest({
      name: 'app-01',
      imageId: '8',
      flavorId: '1',
      metadata: { role: 'app' },
      personality: [
        { path: '/etc/motd', contents: 'hello' },
        { path: '/root/blob', contents: new Uint8Array([0, 255]) },
      ],
      sharedIpGroupId: '1234',
    });
    expect(request).toEqual({
      method: 'POST',
      path: 'servers',
      headers: { Accept: 'application/json' },
      expect: [200, 202],
      json: {
        server: {
          name: 'app-01',
          imageId: 8,
          flavorId: 1,
          sharedIpGroupId: 1234,
          metadata: { role: 'app' },
          personality: [
            { path: '/etc/motd', contents: 'aGVsbG8=' },
            { path: '/root/blob', contents: 'AP8=' },
          ],
        },
      },
    });
  });

  it('leaves empty metadata and personality out of a create', () => {
    const request = buildCreateServerRequest({
      name: 'a',
      imageId: '8',
      flavorId: '1',
      metadata: {},
      personality: [],
    });
    expect(request.json).toEqual({
      server: {
        name: 'a',
        imageId: 8,
        flavorId: 1,
        sharedIpGroupId: undefined,
        metadata: undefined,
        personality: undefined,
      },
    });
  });

  it('names the bad field of a create', () => {
    expect(() => buildCreateServerRequest({ name: ' ', imageId: '8', flavorId: '1' })).toThrow(
      /name must be/,
    );
    expect(() => buildCreateServerRequest({ name: 'a', imageId: 'ubuntu', flavorId: '1' })).toThrow(
      /imageId/,
    );
    expect(() =>
      buildCreateServerRequest({
        name: 'a',
        imageId: '8',
        flavorId: '1',
        personality: [{ path: 'etc/x', contents: '' }],
      }),
    ).toThrow(/personality\[0\]\.path must be absolute/);
    expect(() =>
      buildCreateServerRequest({
        name: 'a',
        imageId: '8',
        flavorId: '1',
        metadata: { n: 1 as unknown as string },
      }),
    ).toThrow(/metadata\["n"\]/);
  });

  it('updates the name and/or the password, and refuses an empty update', () => {
    expect(buildUpdateServerRequest('1', { name: 'new' })).toMatchObject({
      method: 'PUT',
      path: 'servers/1',
      json: { server: { name: 'new', adminPass: undefined } },
      expect: [204],
    });
    expect(buildUpdateServerRequest('1', { adminPass: 'p4ss-word' }).json).toEqual({
      server: { name: undefined, adminPass: 'p4ss-word' },
    });
    expect(() => buildUpdateServerRequest('1', {})).toThrow(/Pass a new name, a new adminPass, or both/);
  });
});

describe.each(FORMATS)('server parsers (%s)', (format) => {
  it('parses the summary list', () => {
    expect(items('servers/list', format).map((s, i) => parseV10ServerRef(s, `$.servers[${i}]`))).toEqual([
      { id: '52415800', name: 'web-01' },
      { id: '52415801', name: 'db-01' },
    ]);
  });

  it('parses the detail list with addresses, metadata and the shared IP group', () => {
    const [web, db] = items('servers/list-detail', format).map((s, i) =>
      parseV10Server(s, `$.servers[${i}]`),
    );
    expect(web).toEqual({
      id: '52415800',
      name: 'web-01',
      status: 'ACTIVE',
      progress: 100,
      hostId: 'e4d909c290d0fb1ca068ffaddf22cbd0',
      imageId: '8',
      flavorId: '2',
      sharedIpGroupId: undefined,
      addresses: { public: ['198.51.100.21', '2001:db8::21'], private: ['10.176.40.21'] },
      metadata: { role: 'web', owner: 'ops & dev' },
    });
    expect(db).toMatchObject({ status: 'BUILD', progress: 40, sharedIpGroupId: '1234', metadata: {} });
    expect(db?.addresses).toEqual({ public: [], private: ['10.176.40.22'] });
  });

  it('parses an empty list', () => {
    expect(items('servers/list.empty', format)).toEqual([]);
  });

  it('keeps the generated password readable but out of JSON and inspection', () => {
    const server = parseV10ServerBody(v10FixtureBody('servers/create', format));
    expect(server.adminPass).toBe('fixture-generated-pass');
    expect(JSON.stringify(server)).not.toContain('fixture-generated-pass');
    expect(Object.keys(server)).not.toContain('adminPass');
    expect(Object.isFrozen(server)).toBe(true);
  });
});

describe('server parser errors', () => {
  it('names the path of a mistyped field', () => {
    expect(() => parseV10Server({ id: 1, name: 'x', status: 5 }, '$.server')).toThrow(ResponseShapeError);
    expect(() => parseV10Server({ id: 'uuid-like', name: 'x', status: 'ACTIVE' }, '$.server')).toThrow(
      /\$\.server\.id/,
    );
    expect(() => parseV10ServerBody({ servers: [] })).toThrow(/\$\.server/);
  });
});
