// Hostile answers end in a typed error quickly and in bounded memory (issue 14, defects 3, 4 and 6).
import createDebug from 'debug';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  ResponseTooLargeError,
  ServerError,
  ServiceUnavailableError,
} from '../../../src/errors/index.ts';
import { createTransport, type Transport, type TransportOptions } from '../../../src/transport/index.ts';
import { type LocalHandler, type LocalServer, startLocalServer } from '../../helpers/local-server.ts';

let server: LocalServer | undefined;
let transport: Transport | undefined;

afterEach(async () => {
  await transport?.close();
  await server?.close();
  transport = undefined;
  server = undefined;
});

async function get(handler: LocalHandler, options: TransportOptions = {}, stream = false) {
  server = await startLocalServer(handler);
  transport = createTransport({ debug: false, retry: false, ...options });
  const started = performance.now();
  const result = await transport
    .send(
      { method: 'GET', url: `${server.url}/x`, service: 'Nova', responseType: stream ? 'stream' : 'auto' },
      { attempt: 1 },
    )
    .catch((error: unknown) => error);
  return { result, ms: performance.now() - started };
}

const MB = 1024 * 1024;

describe('maxResponseBytes', () => {
  it('refuses a declared content-length past the limit without reading it', async () => {
    const { result } = await get(
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(8 * MB) });
        response.end(Buffer.alloc(8 * MB, 0x20));
      },
      { maxResponseBytes: MB },
    );
    expect(result).toBeInstanceOf(ResponseTooLargeError);
    expect(result).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE', limitBytes: MB, receivedBytes: 8 * MB });
    expect((result as Error).message).toContain('maxResponseBytes');
  });

  it('stops reading a chunked body at the limit', async () => {
    const { result } = await get(
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        for (let index = 0; index < 8; index++) response.write(Buffer.alloc(MB, 0x20));
        response.end();
      },
      { maxResponseBytes: MB },
    );
    expect(result).toBeInstanceOf(ResponseTooLargeError);
  });

  it('does not limit a streamed download', async () => {
    const { result } = await get(
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        response.end(Buffer.alloc(3 * MB, 1));
      },
      { maxResponseBytes: MB },
      true,
    );
    let size = 0;
    const stream = (result as { stream: AsyncIterable<Buffer> }).stream;
    for await (const chunk of stream) size += chunk.byteLength;
    expect(size).toBe(3 * MB);
  });

  it('is validated', () => {
    expect(() => createTransport({ maxResponseBytes: 0 })).toThrow(ConfigurationError);
    expect(() => createTransport({ maxResponseBytes: 1.5 })).toThrow(/maxResponseBytes/);
  });
});

describe('error pages', () => {
  it('a 1 MB page with an unclosed <script> and <title> fails typed within 1 s', async () => {
    const page = `<html><title>${'<script>'.repeat(64 * 1024)}<style><p>${'x<'.repeat(200_000)}`;
    const { result, ms } = await get((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end(page);
    });
    expect(result).toBeInstanceOf(ServerError);
    expect(ms).toBeLessThan(1000);
  });

  it('only the first 64 KiB of a large error body is read', async () => {
    const { result, ms } = await get((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.write('Service down for maintenance. ');
      for (let index = 0; index < 16; index++) response.write(Buffer.alloc(MB, 0x61));
      response.end();
    });
    expect(result).toBeInstanceOf(ServiceUnavailableError);
    expect((result as ServiceUnavailableError).fault?.startsWith('Service down for maintenance.')).toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it('a numeric entity past Unicode does not throw', async () => {
    const { result } = await get((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/html' });
      response.end('<html><body>bad &#99999999; &#x110000; thing</body></html>');
    });
    expect(result).toBeInstanceOf(ServerError);
    expect((result as ServerError).fault).toBe('bad &#99999999; &#x110000; thing');
  });
});

describe('invalid UTF-8', () => {
  const lines: string[] = [];
  const originalLog = createDebug.log;
  afterEach(() => {
    createDebug.disable();
    createDebug.log = originalLog;
    lines.length = 0;
  });

  it('is replaced, and said so on the stratus:transport debug namespace', async () => {
    createDebug.log = (...args: unknown[]): void => {
      lines.push(args.map(String).join(' '));
    };
    createDebug.enable('stratus:transport');
    const { result } = await get((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(Buffer.concat([Buffer.from('{"name": "a'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
    });
    expect(result).toMatchObject({ status: 200, body: { name: 'a\uFFFD\uFFFD' } });
    expect(lines.join('\n')).toContain('not valid UTF-8');
  });
});
