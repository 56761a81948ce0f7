// Helpers of bench/brent.bench.ts for counting what a driver asks of the cloud, whichever driver it is (ours or a
// peer such as IBM's original VIM driver run beside the project): a Keystone proxy that counts logins, a count of
// Heat GETs per stack read from heat-api's access log, and the RSS of a process tree.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';

/** A counting reverse proxy in front of Keystone. */
export interface KeystoneCounter {
  /** The proxy's origin, to put in a deployment location's `os_api_url`. */
  readonly origin: string;
  /** Logins (`POST …/auth/tokens`) since the last reset. */
  logins(): number;
  /** Sets the count back to 0. */
  reset(): void;
  /** Stops the proxy. */
  close(): Promise<void>;
}

/**
 * Starts a plain-HTTP proxy that forwards everything to Keystone and counts password logins, so each driver's
 * logins per Create can be read without trusting its own logs. Both drivers get the same proxy, so the
 * ~1 ms it adds per Keystone call is the same for both.
 *
 * @param target - Keystone's origin, e.g. `http://127.0.0.1:5000`.
 * @returns The counter.
 */
export async function keystoneCounter(target: string): Promise<KeystoneCounter> {
  const upstream = new URL(target);
  let count = 0;
  const server = createServer((req, res) => {
    if (req.method === 'POST' && /\/auth\/tokens\/?(\?|$)/.test(req.url ?? '')) count += 1;
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    logins: () => count,
    reset: () => {
      count = 0;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** heat-api's log on the local cloud (`BRENT_HEAT_API_LOG` overrides). */
export const HEAT_API_LOG = process.env.BRENT_HEAT_API_LOG ?? '/var/lib/os-harness/log/heat-api.log';

/**
 * The size of heat-api's log now, to read only what a round appends.
 *
 * @returns The byte offset, or undefined when the log is not readable.
 */
export function heatLogOffset(): number | undefined {
  try {
    return statSync(HEAT_API_LOG).size;
  } catch {
    return undefined;
  }
}

/** What heat-api's access log says about one round. */
export interface HeatLogCounts {
  /** GET requests naming one of the round's stacks (a GET by id that Heat redirects to name/id counts twice). */
  readonly gets: number;
  /** Heat's own time (the access log's last field) of every stack POST logged in the round, in ms. */
  readonly postMs: readonly number[];
}

function appendedLines(offset: number): string[] {
  const size = statSync(HEAT_API_LOG).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(HEAT_API_LOG, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8').split('\n');
}

/**
 * Reads heat-api's access-log lines written since `offset`: the GETs naming one of the stacks, and the time
 * Heat itself took for each stack POST (any POST of the project in the window, so run on a quiet Heat).
 *
 * @param offset - From {@link heatLogOffset} at the round's start.
 * @param stackIds - The stacks of the round.
 * @param stackNames - Their names: a list filtered by one of them (a queued Create's look-ups) counts as a GET.
 * @returns The counts, or undefined when the log is not readable.
 */
export function heatLog(
  offset: number | undefined,
  stackIds: readonly string[],
  stackNames: readonly string[] = [],
): HeatLogCounts | undefined {
  if (offset === undefined) return undefined;
  const ids = new Set(stackIds.filter((id) => id !== ''));
  const names = new Set(stackNames.map((n) => encodeURIComponent(n)));
  let gets = 0;
  const postMs: number[] = [];
  for (const line of appendedLines(offset)) {
    if (!line.includes('eventlet.wsgi.server')) continue;
    if (line.includes('"GET /')) {
      const id = /\/stacks\/(?:[^/ ]+\/)?([0-9a-f-]{36})[/ ?"]/.exec(line)?.[1];
      if (id !== undefined && ids.has(id)) gets += 1;
      const named = /\/stacks\?(?:[^ "]*&)?name=([^& "]+)/.exec(line)?.[1];
      if (named !== undefined && names.has(named)) gets += 1;
    }
    const post = /"POST \/v1\/[^/ ]+\/stacks HTTP\/1\.1" \d+ \d+ ([\d.]+)/.exec(line)?.[1];
    if (post !== undefined) postMs.push(Number(post) * 1000);
  }
  return { gets, postMs };
}

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter((s) => s.trim() !== '')
        .map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * Resident memory of a process and all its descendants in MiB (a gunicorn master with its workers).
 *
 * @param pid - The root process.
 * @returns The sum, NaN when the process is gone.
 */
export function treeRssMiB(pid: number): number {
  let kb = 0;
  const queue = [pid];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${next}/status`, 'utf8'));
      kb += Number(match?.[1] ?? 0);
    } catch {
      if (next === pid) return Number.NaN;
    }
    queue.push(...children(next));
  }
  return kb / 1024;
}
