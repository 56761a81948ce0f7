import { createServer, type Server } from 'node:http';
import nock from 'nock';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { portOf } from '../../helpers/local-server.ts';
import { allowLocalNet, takeUnmatchedRequests } from '../../helpers/nock.ts';

let server: Server | undefined;

afterEach(async () => {
  const current = server;
  server = undefined;
  if (current) await new Promise<void>((done) => current.close(() => done()));
});

describe('nock setup', () => {
  it('records a request that missed the interceptors of a mocked host (nock answers 501)', async () => {
    nock('http://api.test').get('/x').reply(200, { ok: true });
    const hit = await request('http://api.test/x');
    expect(await hit.body.json()).toEqual({ ok: true });
    const miss = await request('http://api.test/y');
    expect(miss.statusCode).toBe(501);
    await miss.body.dump();
    expect(takeUnmatchedRequests()).toEqual(['GET http://api.test/y']);
  });

  it('refuses and records a host nobody mocked', async () => {
    await expect(request('http://unmocked.test/')).rejects.toMatchObject({ code: 'ENETUNREACH' });
    expect(takeUnmatchedRequests()).toEqual(['GET http://unmocked.test/']);
  });

  it('refuses 127.0.0.1 unless the test opts in', async () => {
    await expect(request('http://127.0.0.1:9/')).rejects.toMatchObject({ code: 'ENETUNREACH' });
    expect(takeUnmatchedRequests()).toHaveLength(1);
  });

  it('reaches a local server after allowLocalNet() without recording it', async () => {
    allowLocalNet();
    server = createServer((_req, res) => res.end('local'));
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    const port = portOf(server);
    const res = await request(`http://127.0.0.1:${port}/`);
    expect(await res.body.text()).toBe('local');
    expect(takeUnmatchedRequests()).toEqual([]);
  });

  it('lists interceptors that were declared but not used', () => {
    nock('http://api.test').get('/never').reply(200);
    expect(nock.pendingMocks()).toEqual(['GET http://api.test:80/never']);
    nock.cleanAll();
  });
});
