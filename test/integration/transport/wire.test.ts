import { Readable } from 'node:stream';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, NotFoundError } from '../../../src/errors/index.ts';
import { createTransport, STRATUS_VERSION, type Transport } from '../../../src/transport/index.ts';

const HOST = 'http://api.test';
let transport: Transport | undefined;

afterEach(async () => {
  await transport?.close();
  transport = undefined;
});

function t(): Transport {
  transport ??= createTransport({ retry: false, debug: false, userAgent: 'test-suite/1.0' });
  return transport;
}

describe('wire', () => {
  it('sends User-Agent stratus/<version> plus the caller’s, Accept JSON, and a JSON body', async () => {
    nock(HOST, {
      reqheaders: {
        'user-agent': `stratus/${STRATUS_VERSION} test-suite/1.0`,
        accept: 'application/json',
        'content-type': 'application/json',
      },
    })
      .post('/servers', { server: { name: 'a' } })
      .reply(202, { server: { id: '1' } }, { 'Content-Type': 'application/json' });
    const response = await t().send(
      { method: 'POST', url: `${HOST}/servers`, json: { server: { name: 'a' } } },
      { attempt: 1 },
    );
    expect(response).toMatchObject({ status: 202, body: { server: { id: '1' } }, url: `${HOST}/servers` });
  });

  it('parses JSON only when the content-type says so', async () => {
    nock(HOST)
      .get('/a')
      .reply(200, '{"looks":"like json"}', { 'Content-Type': 'text/plain' })
      .get('/b')
      .reply(200, '{"is":"json"}', { 'Content-Type': 'application/json; charset=UTF-8' })
      .get('/c')
      .reply(200, '{"vendor":1}', { 'Content-Type': 'application/openstack-images-v2.1-json-patch+json' });
    expect((await t().send({ method: 'GET', url: `${HOST}/a` }, { attempt: 1 })).body).toBe(
      '{"looks":"like json"}',
    );
    expect((await t().send({ method: 'GET', url: `${HOST}/b` }, { attempt: 1 })).body).toEqual({
      is: 'json',
    });
    expect((await t().send({ method: 'GET', url: `${HOST}/c` }, { attempt: 1 })).body).toEqual({ vendor: 1 });
  });

  it('gives undefined for empty 202 and 204 bodies, even with a JSON content-type', async () => {
    nock(HOST)
      .post('/action')
      .reply(202, '', { 'Content-Type': 'application/json' })
      .delete('/thing')
      .reply(204);
    const accepted = await t().send({ method: 'POST', url: `${HOST}/action`, json: {} }, { attempt: 1 });
    expect(accepted).toMatchObject({ status: 202, body: undefined });
    const deleted = await t().send({ method: 'DELETE', url: `${HOST}/thing` }, { attempt: 1 });
    expect(deleted).toMatchObject({ status: 204, body: undefined });
  });

  it('appends query parameters, repeating arrays and skipping undefined', async () => {
    nock(HOST)
      .get('/servers/detail')
      .query({ limit: '2', tag: ['a', 'b'], all_tenants: 'true' })
      .reply(200, {});
    const response = await t().send(
      {
        method: 'GET',
        url: `${HOST}/servers/detail`,
        query: { limit: 2, tag: ['a', 'b'], all_tenants: true, marker: undefined },
      },
      { attempt: 1 },
    );
    expect(response.url).toBe(`${HOST}/servers/detail?limit=2&tag=a&tag=b&all_tenants=true`);
  });

  it('streams a request body without buffering it first', async () => {
    const chunks = ['part-1;', 'part-2;', 'part-3'];
    nock(HOST, { reqheaders: { 'content-type': 'application/octet-stream' } })
      .put('/v2/images/i1/file', 'part-1;part-2;part-3')
      .reply(204);
    const response = await t().send(
      {
        method: 'PUT',
        url: `${HOST}/v2/images/i1/file`,
        headers: { 'Content-Type': 'application/octet-stream' },
        body: Readable.from(chunks.map((c) => Buffer.from(c))),
      },
      { attempt: 1 },
    );
    expect(response.status).toBe(204);
  });

  it('accepts an async iterable as a streamed body', async () => {
    async function* parts(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('ab');
      yield new TextEncoder().encode('cd');
    }
    nock(HOST).put('/blob', 'abcd').reply(201);
    expect(
      (await t().send({ method: 'PUT', url: `${HOST}/blob`, body: parts() }, { attempt: 1 })).status,
    ).toBe(201);
  });

  it('hands a download over as a stream with responseType: stream', async () => {
    const payload = Buffer.alloc(256 * 1024, 7);
    nock(HOST).get('/v2/images/i1/file').reply(200, payload, { 'Content-Type': 'application/octet-stream' });
    const response = await t().send(
      { method: 'GET', url: `${HOST}/v2/images/i1/file`, responseType: 'stream' },
      { attempt: 1 },
    );
    expect(response.body).toBeUndefined();
    const received: Buffer[] = [];
    for await (const chunk of response.stream ?? []) {
      const bytes: unknown = chunk;
      if (!(bytes instanceof Uint8Array)) throw new Error('expected byte chunks');
      received.push(Buffer.from(bytes));
    }
    expect(Buffer.concat(received).equals(payload)).toBe(true);
  });

  it('reads the fault of a streamed download that failed', async () => {
    nock(HOST).get('/v2/images/nope/file').reply(
      404,
      { message: 'No image found with ID nope', code: '404 Not Found' },
      {
        'Content-Type': 'application/json',
      },
    );
    const pending = t().send(
      { method: 'GET', url: `${HOST}/v2/images/nope/file`, responseType: 'stream' },
      { attempt: 1 },
    );
    await expect(pending).rejects.toThrow(NotFoundError);
    await expect(
      (async () => {
        nock(HOST).get('/v2/images/nope/file').reply(
          404,
          { message: 'No image found with ID nope' },
          {
            'Content-Type': 'application/json',
          },
        );
        return t().send(
          { method: 'GET', url: `${HOST}/v2/images/nope/file`, responseType: 'stream' },
          { attempt: 1 },
        );
      })(),
    ).rejects.toMatchObject({ fault: 'No image found with ID nope' });
  });

  it('gives binary bodies as bytes and HEAD responses no body', async () => {
    nock(HOST)
      .get('/bin')
      .reply(200, Buffer.from([0, 1, 2]), { 'Content-Type': 'application/octet-stream' })
      .head('/servers')
      .reply(200, '', { 'Content-Type': 'application/json', 'X-Thing': 'a' });
    const bin = await t().send({ method: 'GET', url: `${HOST}/bin` }, { attempt: 1 });
    expect(bin.body).toEqual(new Uint8Array([0, 1, 2]));
    const head = await t().send({ method: 'HEAD', url: `${HOST}/servers` }, { attempt: 1 });
    expect(head).toMatchObject({ body: undefined, headers: { 'x-thing': 'a' } });
  });

  it('refuses a request with both json and body', async () => {
    const pending = t().send({ method: 'POST', url: `${HOST}/x`, json: {}, body: 'raw' }, { attempt: 1 });
    await expect(pending).rejects.toThrow(ConfigurationError);
    await expect(pending).rejects.toThrow(/either `json` or `body`/);
  });

  it('lets an outer middleware wrap the pipeline (withMiddleware)', async () => {
    nock(HOST, { reqheaders: { 'x-auth-token': 'from-auth' } })
      .get('/me')
      .reply(200, {});
    const send = t().withMiddleware(
      (next) => (request, context) =>
        next({ ...request, headers: { ...request.headers, 'X-Auth-Token': 'from-auth' } }, context),
    );
    expect((await send({ method: 'GET', url: `${HOST}/me` }, { attempt: 1 })).status).toBe(200);
  });
});
