import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createV10Server,
  deleteV10Server,
  getV10Server,
  listV10ServerDetails,
  listV10Servers,
  updateV10Server,
} from '../../../src/drivers/openstack/v1-0/servers/index.ts';
import type { V10Format } from '../../../src/drivers/openstack/v1-0/wire/client.ts';
import { decodeV10Xml } from '../../../src/drivers/openstack/v1-0/wire/xml-decode.ts';
import { FORMATS } from '../../unit/v1-0/fixtures.ts';
import { BASE, collect, type Harness, HOST, harness, replyFixture } from './harness.ts';

let current: Harness | undefined;
afterEach(async () => {
  await current?.transport.close();
  current = undefined;
});

function setup(format: V10Format): Harness {
  current = harness(format);
  return current;
}

const ACCEPT = { json: 'application/json', xml: 'application/xml' } as const;

describe.each(FORMATS)('1.0 servers over %s', (format) => {
  it('lists summaries and details, asking for the chosen media type', async () => {
    const { compute } = setup(format);
    const scope = nock(HOST, { reqheaders: { accept: ACCEPT[format] } });
    replyFixture(scope.get(`${BASE}/servers`).query({ limit: 1000 }), 200, 'servers/list', format);
    replyFixture(
      scope.get(`${BASE}/servers/detail`).query({ limit: 1000 }),
      203,
      'servers/list-detail',
      format,
    );
    expect((await collect(listV10Servers(compute))).map((s) => s.id)).toEqual(['52415800', '52415801']);
    const details = await collect(listV10ServerDetails(compute));
    expect(details.map((s) => [s.status, s.metadata])).toEqual([
      ['ACTIVE', { role: 'web', owner: 'ops & dev' }],
      ['BUILD', {}],
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('returns nothing for an empty list and walks limit/offset pages', async () => {
    const { compute } = setup(format);
    const scope = nock(HOST);
    replyFixture(scope.get(`${BASE}/servers`).query({ limit: 2 }), 200, 'servers/list', format);
    replyFixture(
      scope.get(`${BASE}/servers`).query({ limit: 2, offset: 2 }),
      200,
      'servers/list.empty',
      format,
    );
    expect(await collect(listV10Servers(compute, { pageSize: 2 }))).toHaveLength(2);
    expect(scope.isDone()).toBe(true);
  });

  it('gets one server', async () => {
    const { compute } = setup(format);
    const scope = replyFixture(nock(HOST).get(`${BASE}/servers/52415800`), 200, 'servers/get', format);
    const server = await getV10Server(compute, '52415800');
    expect(server).toMatchObject({
      id: '52415800',
      status: 'VERIFY_RESIZE',
      flavorId: '2',
      metadata: { role: 'web' },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('creates a server with metadata and a personality file, in the chosen body format', async () => {
    const { compute } = setup(format);
    let sent = '';
    const scope = replyFixture(
      nock(HOST)
        .post(`${BASE}/servers`, (body: unknown) => {
          sent = typeof body === 'string' ? body : JSON.stringify(body);
          return true;
        })
        .matchHeader('content-type', format === 'xml' ? /application\/xml/ : /application\/json/)
        // The answer carries the generated root password, so it is asked for in JSON in both modes.
        .matchHeader('accept', 'application/json'),
      202,
      'servers/create',
      format,
    );
    const server = await createV10Server(compute, {
      name: 'app-01',
      imageId: '8',
      flavorId: '1',
      metadata: { role: 'app' },
      personality: [{ path: '/etc/motd', contents: 'hello' }],
    });
    expect(server).toMatchObject({ id: '52415802', status: 'BUILD' });
    expect(server.adminPass).toBe('fixture-generated-pass');
    const expected = {
      server: { name: 'app-01', imageId: '8', flavorId: '1', metadata: { role: 'app' } },
    };
    const decoded: unknown = format === 'xml' ? decodeV10Xml(sent) : JSON.parse(sent);
    expect(
      JSON.parse(JSON.stringify(decoded), (_k, v: unknown) => (typeof v === 'number' ? String(v) : v)),
    ).toMatchObject(expected);
    expect(sent).toContain('aGVsbG8=');
    expect(scope.isDone()).toBe(true);
  });

  it('renames, sets the password, and deletes', async () => {
    const { compute } = setup(format);
    const scope = nock(HOST)
      .put(`${BASE}/servers/52415800`, (body: unknown) => JSON.stringify(body).includes('web-02'))
      .reply(204)
      .put(`${BASE}/servers/52415800`, (body: unknown) => JSON.stringify(body).includes('n3w-pass'))
      // A body carrying a password stays JSON in XML mode too, so the transcript can redact it.
      .matchHeader('content-type', /application\/json/)
      .reply(204)
      .delete(`${BASE}/servers/52415800`)
      .reply(202);
    await updateV10Server(compute, '52415800', { name: 'web-02' });
    await updateV10Server(compute, '52415800', { adminPass: 'n3w-pass' });
    await deleteV10Server(compute, '52415800');
    expect(scope.isDone()).toBe(true);
  });
});
