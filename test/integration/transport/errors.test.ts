import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  HttpError,
  NotFoundError,
  RateLimitError,
  ServerError,
  ServiceUnavailableError,
} from '../../../src/errors/index.ts';
import { createTransport, type HttpMethod, type Transport } from '../../../src/transport/index.ts';

const HOST = 'http://cloud.test';
let transport: Transport | undefined;

afterEach(async () => {
  await transport?.close();
  transport = undefined;
});

function send(service: string, method: HttpMethod, path: string, expect?: number[]) {
  transport ??= createTransport({ retry: false, debug: false });
  return transport.send({ method, url: `${HOST}${path}`, service, expect }, { attempt: 1 }).then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

describe('typed errors with the fault parsed from each OpenStack body shape', () => {
  it('Nova itemNotFound → NotFoundError, x-compute-request-id', async () => {
    nock(HOST)
      .get('/v2.1/servers/abc')
      .reply(
        404,
        { itemNotFound: { message: 'Instance abc could not be found.', code: 404 } },
        {
          ...JSON_TYPE,
          'x-compute-request-id': 'req-nova-1',
        },
      );
    const error = await send('Nova', 'GET', '/v2.1/servers/abc');
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      method: 'GET',
      service: 'Nova',
      fault: 'Instance abc could not be found.',
      requestId: 'req-nova-1',
      code: 'ERR_NOT_FOUND',
      message: `Nova returned 404 for GET ${HOST}/v2.1/servers/abc: Instance abc could not be found. (req-nova-1)`,
    });
  });

  it('Neutron NeutronError → ConflictError with type and detail', async () => {
    nock(HOST)
      .delete('/v2.0/networks/n1')
      .reply(
        409,
        {
          NeutronError: {
            type: 'NetworkInUse',
            message: 'Unable to complete operation on network n1.',
            detail: '',
          },
        },
        { ...JSON_TYPE, 'x-openstack-request-id': 'req-neutron-1' },
      );
    const error = await send('Neutron', 'DELETE', '/v2.0/networks/n1');
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({
      fault: 'Unable to complete operation on network n1.',
      requestId: 'req-neutron-1',
    });
  });

  it('Keystone error → AuthenticationError on 401', async () => {
    nock(HOST)
      .post('/v3/auth/tokens')
      .reply(
        401,
        {
          error: {
            message: 'The request you have made requires authentication.',
            code: 401,
            title: 'Unauthorized',
          },
        },
        { ...JSON_TYPE, 'x-openstack-request-id': 'req-ks-1' },
      );
    const error = await send('Keystone', 'POST', '/v3/auth/tokens');
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, requestId: 'req-ks-1' });
    expect(String(error)).toContain('The request you have made requires authentication.');
  });

  it('Keystone error → ForbiddenError on 403', async () => {
    nock(HOST)
      .get('/v3/users')
      .reply(
        403,
        { error: { message: 'You are not authorized.', code: 403, title: 'Forbidden' } },
        JSON_TYPE,
      );
    expect(await send('Keystone', 'GET', '/v3/users')).toBeInstanceOf(ForbiddenError);
  });

  it('Glance top-level message → BadRequestError', async () => {
    nock(HOST)
      .post('/v2/images')
      .reply(
        400,
        { message: 'Invalid disk format', code: '400 Bad Request', title: 'Bad Request' },
        JSON_TYPE,
      );
    expect(await send('Glance', 'POST', '/v2/images')).toMatchObject({
      constructor: BadRequestError,
      fault: 'Invalid disk format',
    });
  });

  it('Heat explanation + error → the explanation and the message', async () => {
    nock(HOST)
      .get('/v1/p/stacks/missing')
      .reply(
        404,
        {
          explanation: 'The resource could not be found.',
          code: 404,
          error: {
            message: 'The Stack (missing) could not be found.',
            traceback: null,
            type: 'EntityNotFound',
          },
          title: 'Not Found',
        },
        JSON_TYPE,
      );
    expect(await send('Heat', 'GET', '/v1/p/stacks/missing')).toMatchObject({
      constructor: NotFoundError,
      fault: 'The resource could not be found. The Stack (missing) could not be found.',
    });
  });

  it('Cinder overLimit with Retry-After → RateLimitError.retryAfterMs', async () => {
    nock(HOST)
      .post('/v3/p/volumes')
      .reply(
        413,
        { overLimit: { message: 'VolumeSizeExceedsLimit', code: 413, retryAfter: '0' } },
        {
          ...JSON_TYPE,
          'Retry-After': '30',
        },
      );
    const error = await send('Cinder', 'POST', '/v3/p/volumes');
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ fault: 'VolumeSizeExceedsLimit', retryAfterMs: 30_000 });
  });

  it('plain text → ServerError with the text', async () => {
    nock(HOST)
      .get('/boom')
      .reply(500, 'Internal failure in the compute API\n', { 'Content-Type': 'text/plain' });
    expect(await send('Nova', 'GET', '/boom')).toMatchObject({
      constructor: ServerError,
      fault: 'Internal failure in the compute API',
    });
  });

  it('HTML page → ServiceUnavailableError with tags stripped and kept short', async () => {
    const html = `<html><head><title>503 Service Unavailable</title><style>p{}</style></head>
      <body><h1>503 Service Unavailable</h1><p>No server is available &amp; ${'x'.repeat(800)}</p></body></html>`;
    nock(HOST).get('/lb').reply(503, html, { 'Content-Type': 'text/html' });
    const error = await send('Nova', 'GET', '/lb');
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    const fault = error instanceof HttpError ? (error.fault ?? '') : '';
    expect(fault.startsWith('503 Service Unavailable No server is available & xxx')).toBe(true);
    expect(fault).not.toContain('<');
    expect(fault.length).toBeLessThanOrEqual(500);
  });

  it('a 2xx other than the documented one is a success (libcloud rule); expect admits non-2xx successes', async () => {
    transport ??= createTransport({ retry: false, debug: false });
    nock(HOST).post('/v2.1/servers/s1/action').reply(200, {});
    const ok = await transport.send(
      { method: 'POST', url: `${HOST}/v2.1/servers/s1/action`, service: 'Nova', expect: [202] },
      { attempt: 1 },
    );
    expect(ok.status).toBe(200);
    nock(HOST).get('/v2.1/').reply(300, { versions: [] }, JSON_TYPE);
    const versions = await transport.send(
      { method: 'GET', url: `${HOST}/v2.1/`, service: 'Nova', expect: [200, 300] },
      { attempt: 1 },
    );
    expect(versions.status).toBe(300);
    nock(HOST).get('/v2.1/').reply(300, { versions: [] }, JSON_TYPE);
    const error = await send('Nova', 'GET', '/v2.1/', [200]);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 300, message: `Nova returned 300 for GET ${HOST}/v2.1/` });
  });

  it('an empty error body still names service, method, URL and status', async () => {
    nock(HOST).get('/v2.1/flavors/x').reply(404);
    expect(await send('Nova', 'GET', '/v2.1/flavors/x')).toMatchObject({
      message: `Nova returned 404 for GET ${HOST}/v2.1/flavors/x`,
    });
  });

  it('a 503 with Retry-After carries it on the error itself (HttpError.retryAfterMs), not in a side table', async () => {
    nock(HOST).get('/v2.1/servers').reply(503, 'busy', { 'Retry-After': '7' });
    const error = await send('Nova', 'GET', '/v2.1/servers');
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({ status: 503, retryAfterMs: 7000 });
    // A copy of the error (what a caller re-wrapping errors keeps) still has the wait.
    expect({ ...(error as object) }).toMatchObject({ retryAfterMs: 7000 });
  });
});
