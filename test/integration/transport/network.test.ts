import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError, TimeoutError } from '../../../src/errors/index.ts';
import { createTransport, type Transport } from '../../../src/transport/index.ts';
import { closedPort, type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { allowLocalNet } from '../../helpers/nock.ts';

let transport: Transport | undefined;
let server: LocalServer | undefined;

afterEach(async () => {
  await transport?.close();
  await server?.close();
  transport = undefined;
  server = undefined;
});

function make(timeoutMs = 300): Transport {
  transport = createTransport({ retry: false, debug: false, timeoutMs });
  return transport;
}

describe('timeouts, refused connections and aborts', () => {
  it('turns a server that never answers into a TimeoutError naming the limit', async () => {
    server = await startLocalServer(() => {
      // Never answers.
    });
    const started = performance.now();
    const error: unknown = await make(300)
      .send({ method: 'GET', url: `${server.url}/v2.1/servers`, service: 'Nova' }, { attempt: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'ERR_TIMEOUT', timeoutMs: 300 });
    expect(String(error)).toContain(`GET ${server.url}/v2.1/servers to Nova did not complete within 300 ms`);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('times out a body that stalls after the headers', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"partial":');
    });
    const pending = make(300).send({ method: 'GET', url: `${server.url}/slow` }, { attempt: 1 });
    await expect(pending).rejects.toBeInstanceOf(TimeoutError);
  });

  it('lets a request override the transport’s limit', async () => {
    server = await startLocalServer(() => {
      // Never answers.
    });
    const pending = make(30_000).send(
      { method: 'GET', url: `${server.url}/x`, timeoutMs: 200 },
      { attempt: 1 },
    );
    await expect(pending).rejects.toMatchObject({ timeoutMs: 200 });
  });

  it('lets a streamed download run past the limit while data keeps flowing', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      let sent = 0;
      // 12 chunks 50 ms apart: 600 ms in all, twice the limit, but never idle for long.
      const timer = setInterval(() => {
        response.write(Buffer.alloc(10, 1));
        if (++sent === 12) {
          clearInterval(timer);
          response.end();
        }
      }, 50);
    });
    const response = await make(300).send(
      { method: 'GET', url: `${server.url}/download`, responseType: 'stream' },
      { attempt: 1 },
    );
    let size = 0;
    for await (const chunk of response.stream ?? []) size += Buffer.byteLength(chunkBytes(chunk));
    expect(size).toBe(120);
  });

  it('turns a refused connection into a NetworkError with the system code', async () => {
    allowLocalNet();
    const port = await closedPort();
    const error: unknown = await make()
      .send({ method: 'GET', url: `http://127.0.0.1:${port}/v3`, service: 'Keystone' }, { attempt: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'ERR_NETWORK', systemCode: 'ECONNREFUSED' });
    expect(String(error)).toContain(
      `Could not reach Keystone: GET http://127.0.0.1:${port}/v3 failed with ECONNREFUSED`,
    );
  });

  it('rejects with the caller’s abort reason, not a network error', async () => {
    server = await startLocalServer(() => {
      // Never answers.
    });
    const controller = new AbortController();
    const pending = make(10_000).send(
      { method: 'GET', url: `${server.url}/x` },
      { attempt: 1, signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
  });

  it('cancels a streamed download when the caller aborts after the headers', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      response.write('first');
    });
    const controller = new AbortController();
    const response = await make(10_000).send(
      { method: 'GET', url: `${server.url}/download`, responseType: 'stream' },
      { attempt: 1, signal: controller.signal },
    );
    const reading = (async () => {
      for await (const _chunk of response.stream ?? []) controller.abort();
    })();
    const error: unknown = await reading.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(response.stream?.destroyed).toBe(true);
  });

  it('close() closes the pool it created but leaves an injected dispatcher open', async () => {
    server = await startLocalServer((_request, response) => response.end('ok'));
    const agent = new Agent();
    try {
      const injected = createTransport({ retry: false, debug: false, dispatcher: agent });
      await injected.close();
      expect((await injected.send({ method: 'GET', url: `${server.url}/a` }, { attempt: 1 })).body).toBe(
        'ok',
      );
      const owned = createTransport({ retry: false, debug: false });
      expect((await owned.send({ method: 'GET', url: `${server.url}/b` }, { attempt: 1 })).body).toBe('ok');
      await owned.close();
      await expect(
        owned.send({ method: 'GET', url: `${server.url}/c` }, { attempt: 1 }),
      ).rejects.toBeInstanceOf(NetworkError);
      expect(server.requests.map((r) => r.url)).toEqual(['/a', '/b']);
    } finally {
      await agent.close();
    }
  });
});

function chunkBytes(chunk: unknown): Uint8Array {
  if (!(chunk instanceof Uint8Array)) throw new Error(`expected a byte chunk, got ${typeof chunk}`);
  return chunk;
}
