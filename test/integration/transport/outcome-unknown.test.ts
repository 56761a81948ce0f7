// A request unsafe to repeat that was sent and got no (complete) answer says so (issue 14, defects 1 and 6),
// over real sockets: the service may have acted on it, and "could not reach" would be a lie.
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError, OutcomeUnknownError, TimeoutError } from '../../../src/errors/index.ts';
import { createTransport, type HttpRequest, type Transport } from '../../../src/transport/index.ts';
import { closedPort, type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { allowLocalNet } from '../../helpers/nock.ts';

let server: LocalServer | undefined;
let transport: Transport | undefined;

afterEach(async () => {
  await transport?.close();
  await server?.close();
  transport = undefined;
  server = undefined;
});

function create(url: string, extra: Partial<HttpRequest> = {}): Promise<unknown> {
  transport ??= createTransport({ debug: false, timeoutMs: 5_000 });
  const request: HttpRequest = {
    method: 'POST',
    url: `${url}/v2.1/servers`,
    json: { server: { name: 'web-1' } },
    service: 'Nova',
    outcomeCheck: 'look for a server named "web-1" (GET /servers?name=web-1)',
    ...extra,
  };
  return transport.send(request, { attempt: 1 }).then(
    () => new Error('expected a failure'),
    (error: unknown) => error,
  );
}

describe('a create whose answer is lost', () => {
  it('reset after the request was sent → OutcomeUnknownError naming the check, sent once', async () => {
    server = await startLocalServer((_request, response) => response.socket?.destroy());
    const error = await create(server.url);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).toMatchObject({
      code: 'ERR_OUTCOME_UNKNOWN',
      sent: true,
      method: 'POST',
      service: 'Nova',
      check: 'look for a server named "web-1" (GET /servers?name=web-1)',
    });
    const message = (error as Error).message;
    expect(message).toContain('Outcome unknown');
    expect(message).toContain('look for a server named "web-1"');
    expect(message).not.toMatch(/DNS|proxy|Could not reach/);
    expect((error as Error).cause).toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it('timeoutMs passed after the request was sent → OutcomeUnknownError with the timeout as cause', async () => {
    server = await startLocalServer(() => {
      // The service acts and never answers.
    });
    const error = await create(server.url, { timeoutMs: 300 });
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).message).toContain('no complete answer came within 300 ms');
    expect((error as Error).cause).toBeInstanceOf(TimeoutError);
  });

  it('headers (202) then a cut-off body → OutcomeUnknownError with the status', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(202, { 'content-type': 'application/json', 'content-length': '200' });
      response.write('{"server": {"id": "4f1');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const error = await create(server.url);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).toMatchObject({ status: 202 });
    expect((error as Error).message).toContain('the answer (HTTP 202) was cut off');
  });

  it('a connection refused proves nothing was sent: a plain NetworkError', async () => {
    allowLocalNet();
    const error = await create(`http://127.0.0.1:${await closedPort()}`);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(OutcomeUnknownError);
  });

  it('a POST marked idempotent is retried, not reported as unknown', async () => {
    server = await startLocalServer((_request, response, index) => {
      if (index === 0) response.socket?.destroy();
      else response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    transport = createTransport({ debug: false, retry: { minDelayMs: 1 } });
    const response = await transport.send(
      { method: 'POST', url: `${server.url}/action`, json: {}, idempotent: true },
      { attempt: 1 },
    );
    expect(response.body).toEqual({ ok: true });
  });
});

describe('an idempotent read cut after its headers', () => {
  it('says the headers came and the body was cut, instead of "could not reach"', async () => {
    let calls = 0;
    server = await startLocalServer((_request, response) => {
      calls++;
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      response.write('{"servers": [');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    transport = createTransport({ debug: false, retry: false });
    const error = await transport
      .send({ method: 'GET', url: `${server.url}/servers`, service: 'Nova' }, { attempt: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain('answered GET');
    expect((error as Error).message).toContain('with HTTP 200, then the connection was cut');
    expect((error as Error).message).not.toMatch(/Could not reach/);
    expect(calls).toBe(1);
  });
});
