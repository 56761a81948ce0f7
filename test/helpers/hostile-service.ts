// A fake Nova on 127.0.0.1 that answers hostile bodies: `http://127.0.0.1:<port>/<case>/v2.1` is a compute
// endpoint whose version document is sound and whose every other answer is the case. A test helper only.
import { createServer, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** The hostile answers, by name. */
export const HOSTILE_CASES = [
  'html-instead-of-json',
  'wrong-types',
  'huge-body',
  'deep-json',
  'invalid-utf8',
  'unclosed-tag-html-502',
] as const;

/** One hostile case. */
export type HostileCase = (typeof HOSTILE_CASES)[number];

/** The size of the `huge-body` answer: past the 32 MiB default `maxResponseBytes`. */
export const HUGE_BODY_BYTES = 64 * 1024 * 1024;

/** How deep `deep-json` nests. */
export const DEEP_JSON_LEVELS = 100_000;

/** A running hostile service. */
export interface HostileService {
  /** The compute endpoint for one case. */
  endpoint(kind: HostileCase): string;
  /** Stops it. */
  close(): Promise<void>;
}

const VERSION = {
  version: { id: 'v2.1', status: 'CURRENT', version: '2.93', min_version: '2.1', links: [] },
};

function json(res: ServerResponse, status: number, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(body);
}

function huge(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const pump = (): void => {
    while (sent < HUGE_BODY_BYTES) {
      sent += chunk.byteLength;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  res.write('{"servers": [');
  pump();
}

const ANSWERS: Readonly<Record<string, (res: ServerResponse) => void>> = {
  'html-instead-of-json': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Welcome to nginx!</body></html>');
  },
  'wrong-types': (res) => {
    json(res, 200, JSON.stringify({ servers: [{ id: ['x'], name: { a: 1 }, status: 7 }] }));
  },
  'huge-body': huge,
  'deep-json': (res) => {
    json(res, 200, `${'{"a":'.repeat(DEEP_JSON_LEVELS)}1${'}'.repeat(DEEP_JSON_LEVELS)}`);
  },
  'invalid-utf8': (res) => {
    json(res, 200, Buffer.from([0x7b, 0x22, 0x73, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
  },
  'unclosed-tag-html-502': (res) => {
    res
      .writeHead(502, { 'content-type': 'text/html' })
      .end(`<html><title>${'<script>'.repeat(64 * 1024)}<style>${'x<'.repeat(200_000)}`);
  },
};

function answerCase(kind: string, res: ServerResponse): void {
  const answer = ANSWERS[kind];
  if (answer) answer(res);
  else json(res, 404, '{"itemNotFound": {"message": "no such case"}}');
}

/**
 * Starts the hostile fake Nova.
 *
 * @returns The service.
 */
export async function startHostileService(): Promise<HostileService> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    req.resume();
    const [, kind = '', ...rest] = (req.url ?? '/').split('?')[0]?.split('/') ?? [];
    if (rest.join('/').replace(/\/$/, '') === 'v2.1') json(res, 200, JSON.stringify(VERSION));
    else answerCase(kind, res);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    endpoint: (kind) => `http://127.0.0.1:${port}/${kind}/v2.1`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
