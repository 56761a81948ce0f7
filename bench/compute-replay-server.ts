// A local replay of Keystone + Nova for the compute benchmarks, run as its own process (`node
// bench/compute-replay-server.ts <servers>`): answers login, version documents, the paged detailed server list
// (Nova semantics: limit, marker, next link when a page is full, max_limit 1000) and server show, all built
// from bodies recorded from the real local Nova. Prints its port on stdout.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'openstack');
const TOTAL = Number(process.argv[2] ?? '1000');
const MAX_LIMIT = 1000;

function read(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
}

// Nova answers in the shape of the microversion asked for (2.1 when none is sent, as libcloud does).
const SHAPES = [
  [93, 'compute/servers/get.mv2-93.json'],
  [47, 'compute/servers/get.mv2-47.json'],
  [1, 'compute/servers/get.mv2-1.json'],
] as const;
const ids = Array.from({ length: TOTAL }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const index = new Map(ids.map((id, i) => [id, i]));
const byShape = new Map(
  SHAPES.map(([minor, file]) => {
    const template = read(file).server as Record<string, unknown>;
    return [minor, ids.map((id, i) => ({ ...template, id, name: `bench-${i}` }))] as const;
  }),
);
const showBodies = new Map<string, string>();
const pages = new Map<string, string>();

function shapeOf(req: IncomingMessage): 1 | 47 | 93 {
  const header = req.headers['openstack-api-version'] ?? req.headers['x-openstack-nova-api-version'];
  const text = Array.isArray(header) ? header[0] : header;
  const minor = Number(/2\.(\d+)/.exec(text ?? '')?.[1] ?? '1');
  return SHAPES.find(([m]) => minor >= m)?.[0] ?? 1;
}
let base = '';

function tokenBody(): string {
  const doc = read('identity/tokens/create.v3-password-project.json');
  const token = doc.token as Record<string, unknown>;
  token.expires_at = new Date(Date.now() + 3_600_000).toISOString();
  const catalog = token.catalog as { type: string; endpoints: { url: string }[] }[];
  for (const service of catalog) {
    for (const endpoint of service.endpoints) {
      endpoint.url =
        service.type === 'compute'
          ? `${base}/v2.1`
          : service.type === 'identity'
            ? `${base}/v3`
            : `${base}/${service.type}`;
    }
  }
  return JSON.stringify(doc);
}

const VERSION = {
  id: 'v2.1',
  status: 'CURRENT',
  version: '2.93',
  min_version: '2.1',
  updated: '2013-07-23T11:33:21Z',
};

function page(url: URL, shape: 1 | 47 | 93): string {
  const servers = byShape.get(shape) ?? [];
  const limit = Math.min(Number(url.searchParams.get('limit') ?? MAX_LIMIT), MAX_LIMIT);
  const marker = url.searchParams.get('marker');
  const key = `${shape}/${limit}/${marker}`;
  const cached = pages.get(key);
  if (cached) return cached;
  const start = marker === null ? 0 : (index.get(marker) ?? -1) + 1;
  const items = servers.slice(start, start + limit);
  const body: Record<string, unknown> = { servers: items };
  const last = items.at(-1);
  if (items.length === limit && last) {
    body.servers_links = [
      { rel: 'next', href: `${base}/v2.1/servers/detail?limit=${limit}&marker=${String(last.id)}` },
    ];
  }
  const text = JSON.stringify(body);
  pages.set(key, text);
  return text;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

function versions(): string {
  const self = (path: string) => [{ rel: 'self', href: `${base}${path}` }];
  return JSON.stringify({ versions: [{ ...VERSION, links: self('/v2.1/') }] });
}

function showBody(req: IncomingMessage, id: string): string {
  const shape = shapeOf(req);
  const key = `${shape}/${id}`;
  let body = showBodies.get(key);
  if (!body) {
    body = JSON.stringify({ server: byShape.get(shape)?.[index.get(id) ?? 0] });
    showBodies.set(key, body);
  }
  return body;
}

/** Answers one request: [status, body, extra headers]. */
function answer(req: IncomingMessage, url: URL): [number, string, Record<string, string>?] {
  const path = url.pathname.replace(/\/+$/, '');
  if (req.method === 'POST' && path === '/v3/auth/tokens')
    return [201, tokenBody(), { 'x-subject-token': 'bench-token' }];
  if (path === '') return [200, versions()];
  if (path === '/v3') {
    const links = [{ rel: 'self', href: `${base}/v3/` }];
    return [200, JSON.stringify({ version: { id: 'v3.14', status: 'stable', links } })];
  }
  if (path === '/v2.1') {
    return [
      200,
      JSON.stringify({ version: { ...VERSION, links: [{ rel: 'self', href: `${base}/v2.1/` }] } }),
    ];
  }
  if (path === '/v2.1/servers/detail') return [200, page(url, shapeOf(req))];
  const id = /^\/v2\.1\/servers\/([^/]+)$/.exec(path)?.[1];
  if (id !== undefined && index.has(id)) return [200, showBody(req, id)];
  return [
    404,
    JSON.stringify({ itemNotFound: { code: 404, message: `${req.method} ${path} is not replayed` } }),
  ];
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const [status, body, headers] = answer(req, new URL(req.url ?? '/', base));
  send(res, status, body, headers);
}

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => route(req, res));
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  base = `http://127.0.0.1:${port}`;
  process.stdout.write(`${port}\n`);
});
