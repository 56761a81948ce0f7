import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { rebootV10Server } from '../../../src/drivers/openstack/v1-0/server-actions/index.ts';
import { getV10Server, updateV10Server } from '../../../src/drivers/openstack/v1-0/servers/index.ts';
import type { V10Format } from '../../../src/drivers/openstack/v1-0/wire/client.ts';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  RateLimitError,
  ResponseShapeError,
} from '../../../src/errors/index.ts';
import { FORMATS } from '../../unit/v1-0/fixtures.ts';
import { BASE, type Harness, HOST, harness, replyFixture } from './harness.ts';

let current: Harness | undefined;
afterEach(async () => {
  await current?.transport.close();
  current = undefined;
});

function setup(format: V10Format): Harness {
  current = harness(format);
  return current;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe.each(FORMATS)('1.0 fault bodies in %s', (format) => {
  it('maps itemNotFound (404) to NotFoundError with message and details', async () => {
    const { compute } = setup(format);
    const scope = replyFixture(
      nock(HOST).get(`${BASE}/servers/52415899`),
      404,
      'faults/item-not-found',
      format,
    );
    const error = await failure(getV10Server(compute, '52415899'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(String(error)).toContain(
      'Cloud Servers returned 404 for GET https://servers.api.example.com/v1.0/424242/servers/52415899',
    );
    expect(error).toMatchObject({
      status: 404,
      fault: 'The server could not be found (Server 52415899 does not exist)',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('maps overLimit (413) to RateLimitError with retryAfter from the body', async () => {
    const { compute } = setup(format);
    const scope = replyFixture(nock(HOST).post(`${BASE}/servers/1/action`), 413, 'faults/over-limit', format);
    const error = await failure(rebootV10Server(compute, '1', 'SOFT'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      status: 413,
      retryAfterMs: 60_000,
      fault: 'Too many requests (Only 10 POST requests per MINUTE are allowed)',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('prefers a Retry-After header to the body time', async () => {
    // The body says 13:00, an hour after NOW_MS; the header says 7 s.
    const { compute } = setup(format);
    const withHeader = nock(HOST)
      .get(`${BASE}/servers/1`)
      .reply(413, '{"overLimit":{"code":413,"message":"slow down","retryAfter":"2010-11-17T13:00:00Z"}}', {
        'Content-Type': 'application/json',
        'Retry-After': '7',
      });
    expect(await failure(getV10Server(compute, '1'))).toMatchObject({ retryAfterMs: 7000 });
    expect(withHeader.isDone()).toBe(true);
  });

  it('maps unauthorized (401) to AuthenticationError through the transport', async () => {
    const { compute } = setup(format);
    const scope = replyFixture(nock(HOST).get(`${BASE}/servers/1`), 401, 'faults/unauthorized', format);
    const error = await failure(getV10Server(compute, '1'));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401 });
    expect(String(error)).toContain('Invalid authentication token');
    expect(scope.isDone()).toBe(true);
  });
});

describe('1.0 fault bodies, XML-only variants', () => {
  it('maps buildInProgress (409) and badRequest (400)', async () => {
    const { compute } = setup('xml');
    const scope = nock(HOST);
    replyFixture(scope.post(`${BASE}/servers/1/action`), 409, 'faults/build-in-progress', 'xml');
    replyFixture(scope.put(`${BASE}/servers/1`), 400, 'faults/bad-request', 'xml');
    expect(await failure(rebootV10Server(compute, '1', 'HARD'))).toBeInstanceOf(ConflictError);
    const bad = await failure(updateV10Server(compute, '1', { name: 'x' }));
    expect(bad).toBeInstanceOf(BadRequestError);
    expect(bad).toMatchObject({ fault: 'Invalid flavorId (flavorId 99 is not a valid flavor)' });
    expect(scope.isDone()).toBe(true);
  });

  it('scrubs a password the fault echoes back', async () => {
    const { compute } = setup('json');
    const scope = nock(HOST)
      .put(`${BASE}/servers/1`)
      .reply(400, { badRequest: { code: 400, message: 'Password "Sup3r-secret!" is too weak' } });
    const error = await failure(updateV10Server(compute, '1', { adminPass: 'Sup3r-secret!' }));
    expect(String(error)).not.toContain('Sup3r-secret!');
    expect(String(error)).toMatch(/Password "\{SHA256:[0-9a-f]{8}\}" is too weak/);
    expect(scope.isDone()).toBe(true);
  });

  it('keeps a fault body that is not XML as text', async () => {
    const { compute } = setup('xml');
    const scope = nock(HOST)
      .get(`${BASE}/servers/1`)
      .reply(404, '<html><body>Not here</body>', { 'Content-Type': 'text/html' });
    expect(await failure(getV10Server(compute, '1'))).toMatchObject({ fault: 'Not here' });
    expect(scope.isDone()).toBe(true);
  });

  it('rejects a success body that is not well-formed XML with a ResponseShapeError', async () => {
    const { compute } = setup('xml');
    const scope = nock(HOST)
      .get(`${BASE}/servers/1`)
      .reply(200, '<server id="1"', { 'Content-Type': 'application/xml' });
    expect(await failure(getV10Server(compute, '1'))).toBeInstanceOf(ResponseShapeError);
    expect(scope.isDone()).toBe(true);
  });
});
