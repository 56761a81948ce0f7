import { Readable } from 'node:stream';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  HttpError,
  NetworkError,
  NotFoundError,
  OutcomeUnknownError,
  RateLimitError,
  ServerError,
  ServiceUnavailableError,
} from '../../../src/errors/index.ts';
import {
  createTransport,
  type HttpMethod,
  type RetryOptions,
  type Transport,
} from '../../../src/transport/index.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { takeUnmatchedRequests } from '../../helpers/nock.ts';
import { type Capture, captureTranscript } from './capture.ts';

const API = 'http://nova.test';
const FAST: RetryOptions = { minDelayMs: 1, maxDelayMs: 5 };
let transport: Transport | undefined;
let capture: Capture;

function make(retry: RetryOptions | false = FAST): Transport {
  capture = captureTranscript();
  transport = createTransport({ retry, debug: { transcript: capture.stream } });
  return transport;
}

let server: LocalServer | undefined;

afterEach(async () => {
  await transport?.close();
  await server?.close();
  transport = undefined;
  server = undefined;
});

function get(t: Transport, method: HttpMethod = 'GET', extra: { idempotent?: boolean } = {}) {
  return t.send({ method, url: `${API}/servers`, service: 'Nova', ...extra }, { attempt: 1 });
}

describe('retry: statuses', () => {
  it.each([408, 429, 502, 503, 504])('retries a GET after %i and returns the next answer', async (status) => {
    const t = make();
    const scope = nock(API).get('/servers').reply(status, 'busy').get('/servers').reply(200, { servers: [] });
    const response = await get(t);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ servers: [] });
    expect(scope.isDone()).toBe(true);
    expect(capture.text()).toContain(`after ${status} (attempt 2/10)`);
    expect(capture.text()).toMatch(/attempt 2 · Nova/);
  });

  it.each([400, 404, 409, 500])('does not retry %i', async (status) => {
    const t = make();
    nock(API).get('/servers').reply(status, { message: 'no' });
    await expect(get(t)).rejects.toMatchObject({ status });
    expect(capture.text()).not.toContain('retry:');
  });

  it('never retries a 501, even one the server really sent', async () => {
    const t = make();
    nock(API).get('/servers').reply(501, { message: 'not implemented' });
    await expect(get(t)).rejects.toBeInstanceOf(ServerError);
    expect(capture.text().match(/^curl /gm)).toHaveLength(1);
  });

  it("never retries nock's 501 no-match answer, so a missing interceptor shows up once", async () => {
    const t = make();
    nock(API).get('/other').reply(200);
    await expect(get(t)).rejects.toMatchObject({ status: 501 });
    expect(takeUnmatchedRequests()).toEqual([`GET ${API}/servers`]);
    nock.cleanAll();
  });

  it('refuses a policy that would retry 501', () => {
    expect(() => createTransport({ retry: { statuses: [503, 501] }, debug: false })).toThrow(
      ConfigurationError,
    );
  });

  it('gives up after maxAttempts and throws the last error', async () => {
    const t = make({ ...FAST, maxAttempts: 3 });
    nock(API).get('/servers').times(3).reply(503, { message: 'down' });
    await expect(get(t)).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(capture.text()).toContain('giving up after 503 (attempt 3/3)');
  });

  it('makes a single attempt with retry: false', async () => {
    const t = make(false);
    nock(API).get('/servers').reply(503);
    await expect(get(t)).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('retries a network error on an idempotent request', async () => {
    // nock 15's replyWithError never settles an undici request, so a real socket is reset instead.
    server = await startLocalServer((_request, response, index) => {
      if (index === 0) response.socket?.destroy();
      else response.end('ok');
    });
    const t = make();
    const response = await t.send({ method: 'GET', url: `${server.url}/servers` }, { attempt: 1 });
    expect(response.body).toBe('ok');
    expect(server.requests).toHaveLength(2);
    expect(capture.text()).toMatch(/retrying in .* after UND_ERR_SOCKET \(attempt 2\/10\)/);
  });
});

describe('retry: methods', () => {
  it.each(['PUT', 'DELETE', 'HEAD', 'OPTIONS'] as const)('retries %s', async (method) => {
    const t = make();
    nock(API).intercept('/servers', method).reply(503).intercept('/servers', method).reply(204);
    expect((await get(t, method)).status).toBe(204);
  });

  it.each(['POST', 'PATCH'] as const)('does not retry %s unless it is marked idempotent', async (method) => {
    const t = make();
    nock(API).intercept('/servers', method).reply(503);
    await expect(get(t, method)).rejects.toBeInstanceOf(ServiceUnavailableError);
    nock(API).intercept('/servers', method).reply(502).intercept('/servers', method).reply(202);
    expect((await get(t, method, { idempotent: true })).status).toBe(202);
  });

  it.each([429, 503])(
    'retries a POST refused with %i and Retry-After (the service did not act), but not a bare %i',
    async (status) => {
      const t = make();
      nock(API)
        .post('/servers')
        .reply(status, {}, { 'Retry-After': '0' })
        .post('/servers')
        .reply(202, { server: { id: 's1' } });
      expect((await get(t, 'POST')).status).toBe(202);
      expect(capture.text()).toContain(`(Retry-After) after ${status}`);
      nock(API).post('/servers').reply(status, {});
      await expect(get(t, 'POST')).rejects.toBeInstanceOf(HttpError);
      expect(takeUnmatchedRequests()).toEqual([]);
    },
  );

  it('does not retry a POST after a network error either', async () => {
    server = await startLocalServer((_request, response) => response.socket?.destroy());
    const t = make();
    const pending = t.send({ method: 'POST', url: `${server.url}/servers`, json: {} }, { attempt: 1 });
    // The POST reached the server: its outcome is unknown (the network error is the cause), and it is not sent again.
    const error: unknown = await pending.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).cause).toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a request whose body was a stream, and says why', async () => {
    const t = make();
    nock(API).put('/images/1/file', 'abc').reply(503);
    const request = {
      method: 'PUT' as const,
      url: `${API}/images/1/file`,
      body: Readable.from([Buffer.from('abc')]),
    };
    await expect(t.send(request, { attempt: 1 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(capture.text()).toContain('the request body was a stream');
  });
});

describe('retry: Retry-After, deadline and abort', () => {
  it('waits the seconds of Retry-After', async () => {
    const t = make();
    nock(API).get('/servers').reply(429, {}, { 'Retry-After': '1' }).get('/servers').reply(200, {});
    const started = performance.now();
    await get(t);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(capture.text()).toContain('retrying in 1.0 s (Retry-After) after 429');
  });

  it('waits until the HTTP date of Retry-After', async () => {
    const t = make();
    const at = new Date(Math.ceil((Date.now() + 1500) / 1000) * 1000).toUTCString();
    nock(API).get('/servers').reply(503, {}, { 'Retry-After': at }).get('/servers').reply(200, {});
    await get(t);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(at) - 20);
    expect(capture.text()).toMatch(/retrying in [12]\.\d s \(Retry-After\) after 503/);
  });

  it('does not wait past the cap: a longer Retry-After ends retrying with the wait on the error', async () => {
    const t = make({ ...FAST, maxRetryAfterMs: 5_000 });
    nock(API).get('/servers').reply(429, {}, { 'Retry-After': '120' });
    const error: unknown = await get(t).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 120_000 });
    expect(capture.text()).toContain('Retry-After 120 s exceeds the 5.0 s cap');
  });

  it('stops when the next wait would pass the total-time budget', async () => {
    const t = make({ ...FAST, maxElapsedMs: 300 });
    nock(API).get('/servers').times(2).reply(503, {}, { 'Retry-After': '0.2' });
    await expect(get(t)).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(capture.text().match(/^curl /gm)).toHaveLength(2);
    expect(capture.text()).toContain('would pass the 0.3 s retry budget');
  });

  it('is abortable in the middle of a backoff, rejecting with the caller’s reason', async () => {
    const t = make();
    nock(API).get('/servers').reply(503, {}, { 'Retry-After': '30' });
    const controller = new AbortController();
    const started = performance.now();
    const pending = t.send(
      { method: 'GET', url: `${API}/servers` },
      { attempt: 1, signal: controller.signal },
    );
    setTimeout(() => controller.abort(new Error('user cancelled')), 100);
    await expect(pending).rejects.toThrow('user cancelled');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('does not start when the signal is already aborted', async () => {
    const t = make();
    const controller = new AbortController();
    controller.abort();
    const pending = t.send(
      { method: 'GET', url: `${API}/servers` },
      { attempt: 1, signal: controller.signal },
    );
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps 4xx errors other than 408/429 typed and unretried', async () => {
    const t = make();
    nock(API)
      .get('/servers')
      .reply(404, { itemNotFound: { message: 'gone', code: 404 } });
    const error: unknown = await get(t).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(HttpError);
  });
});
