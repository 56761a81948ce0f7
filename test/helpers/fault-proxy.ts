// A fault-injecting reverse proxy on 127.0.0.1, to put in front of any service through `endpointOverrides`.
// Loopback only; a test helper, never shipped. Faults are drawn from a seeded generator, so a run can be
// repeated exactly.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** One kind of fault. */
export type FaultKind =
  /** The connection is reset before the request reaches the service. */
  | 'reset-before'
  /** The service answers; the client gets the headers, then a reset. */
  | 'reset-after-headers'
  /** `503` with `Retry-After: 1`, the service is not asked. */
  | 'unavailable'
  /** `429` with `Retry-After: 1`, the service is not asked. */
  | 'rate-limited'
  /** The service answers; the body is cut mid-way (JSON cut mid-value). */
  | 'cut-body'
  /** Nothing for `stallMs`, then the request goes through. */
  | 'stall'
  /** The service acts on the request; its answer is dropped and the connection reset. */
  | 'lose-answer';

/** Which faults to inject and how often. */
export interface FaultPlan {
  /** The share of requests that get a fault, 0–1. */
  readonly rate: number;
  /** The kinds to draw from (uniformly). */
  readonly kinds: readonly FaultKind[];
  /** The seed of the generator. */
  readonly seed: number;
  /** Only requests with these methods get faults. @defaultValue all */
  readonly methods?: readonly string[] | undefined;
  /** How long a `stall` waits. @defaultValue 1500 */
  readonly stallMs?: number | undefined;
}

/** A running proxy. */
export interface FaultProxy {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Faults injected so far, by kind. */
  readonly injected: Readonly<Record<string, number>>;
  /** Requests seen. */
  readonly requests: () => number;
  /** Stops the proxy and destroys its connections. */
  close(): Promise<void>;
}

/**
 * A small seeded generator (mulberry32).
 *
 * @param seed - The seed.
 * @returns Numbers in [0, 1).
 */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function forward(target: URL, incoming: IncomingMessage, body: Buffer): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const headers = { ...incoming.headers, host: target.host };
    const outgoing = httpRequest(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

async function answer(kind: FaultKind | undefined, target: URL, req: IncomingMessage, res: ServerResponse) {
  const body = await readAll(req);
  if (kind === 'reset-before') return void req.socket.destroy();
  if (kind === 'unavailable' || kind === 'rate-limited') {
    const status = kind === 'unavailable' ? 503 : 429;
    res.writeHead(status, { 'content-type': 'text/plain', 'retry-after': '1' }).end('injected fault');
    return;
  }
  const upstream = await forward(target, req, body);
  const payload = await readAll(upstream);
  if (kind === 'lose-answer') return void req.socket.destroy();
  const headers = { ...upstream.headers };
  delete headers['transfer-encoding'];
  headers['content-length'] = String(payload.byteLength);
  res.writeHead(upstream.statusCode ?? 502, headers);
  if (kind === 'reset-after-headers') {
    res.flushHeaders();
    setTimeout(() => req.socket.destroy(), 5);
    return;
  }
  if (kind === 'cut-body' && payload.byteLength > 1) {
    res.write(payload.subarray(0, Math.floor(payload.byteLength / 2)));
    setTimeout(() => req.socket.destroy(), 5);
    return;
  }
  res.end(payload);
}

/**
 * Starts a fault-injecting proxy in front of `target`.
 *
 * @param target - The service's origin, e.g. `http://127.0.0.1:8774`.
 * @param plan - Rate, kinds and seed.
 * @returns The proxy.
 */
export async function startFaultProxy(target: string, plan: FaultPlan): Promise<FaultProxy> {
  const origin = new URL(target);
  const random = seeded(plan.seed);
  const injected: Record<string, number> = {};
  const sockets = new Set<Socket>();
  let seen = 0;
  const server = createServer((req, res) => {
    seen++;
    const eligible = plan.methods === undefined || plan.methods.includes(req.method ?? 'GET');
    const roll = random();
    const pick = random();
    const kind = eligible && roll < plan.rate ? plan.kinds[Math.floor(pick * plan.kinds.length)] : undefined;
    if (kind !== undefined) injected[kind] = (injected[kind] ?? 0) + 1;
    const go = (): void => {
      answer(kind === 'stall' ? undefined : kind, origin, req, res).catch(() => req.socket.destroy());
    };
    if (kind === 'stall') setTimeout(go, plan.stallMs ?? 1500);
    else go();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    injected,
    requests: () => seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
