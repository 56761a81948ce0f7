// Shared by the compute benchmarks: the replay server in a child process, a warm Stratus driver on it, the
// Python libraries timed in their own process, and min/median/max rows.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createSession } from '../src/auth/session.ts';
import { OpenStackNodeDriver } from '../src/drivers/openstack/v1-1/driver.ts';
import type { BenchRow } from './types.ts';
import { median } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);

/** The first replayed server id. */
export const FIRST_ID = '00000000-0000-4000-8000-000000000000';

/** A running replay server. */
export interface Replay {
  readonly base: string;
  readonly child: ChildProcess;
}

/**
 * Starts the replay server with `servers` servers in a child process.
 *
 * @param servers - How many servers the replayed Nova has.
 * @returns Its base URL and process.
 */
export async function startReplay(servers: number): Promise<Replay> {
  const child = spawn(process.execPath, [join(here, 'compute-replay-server.ts'), String(servers)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stdout = child.stdout;
  if (stdout === null) throw new Error('replay server has no stdout');
  const [chunk] = (await once(stdout, 'data')) as [Buffer];
  return { base: `http://127.0.0.1:${chunk.toString().trim()}`, child };
}

/**
 * A Stratus driver logged in to the replay (password auth, default transport, debug off).
 *
 * @param base - The replay's base URL.
 * @returns The driver (close its session when done).
 */
export function replayDriver(base: string): OpenStackNodeDriver {
  const session = createSession({
    auth: {
      method: '3.x_password',
      authUrl: `${base}/v3`,
      user: { name: 'demo', domain: { name: 'Default' } },
      password: 'pw',
      scope: { project: { name: 'demo', domain: { name: 'Default' } } },
    },
    transport: { debug: false, timeoutMs: 60_000 },
  });
  return new OpenStackNodeDriver({ session });
}

/** What the Python script reports. */
interface PythonResult {
  readonly samples: number[];
  readonly items: number;
}

/**
 * Times a Python library on the replay (its own process; `/usr/bin/python3` with Debian's packages).
 *
 * @param lib - `libcloud` or `openstacksdk`.
 * @param base - The replay's base URL.
 * @param workload - `list` (ms per list) or `get` (µs per show).
 * @param count - Shows per round (for `get`).
 * @param rounds - Rounds.
 * @param live - For the real cloud (`base` = `live`): the server to get and the OS_* credentials (env only).
 * @returns The samples, or the error text when the library failed.
 */
export async function timePython(
  lib: 'libcloud' | 'openstacksdk',
  base: string,
  workload: 'list' | 'get',
  count: number,
  rounds: number,
  live?: { readonly serverId: string; readonly env: Readonly<Record<string, string>> },
): Promise<PythonResult | string> {
  try {
    const args = [join(here, 'compute-python.py'), lib, base, workload, String(count), String(rounds)];
    if (live) args.push(live.serverId);
    const { stdout } = await run('/usr/bin/python3', args, {
      maxBuffer: 1 << 20,
      timeout: 900_000,
      env: { ...process.env, ...live?.env },
    });
    const parsed: unknown = JSON.parse(stdout);
    const samples: unknown =
      typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'samples') : undefined;
    const items: unknown =
      typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'items') : undefined;
    if (!Array.isArray(samples) || typeof items !== 'number')
      return `unexpected output: ${stdout.slice(0, 200)}`;
    return { samples: samples.filter((s): s is number => typeof s === 'number'), items };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n').filter(Boolean).slice(-1)[0] ?? text;
  }
}

/**
 * Builds a table row with its ratio to the floor.
 *
 * @param label - The row label.
 * @param unit - The unit.
 * @param samples - Per-round values.
 * @param floor - The floor's samples (no ratio when omitted).
 * @returns The row.
 */
export function row(
  label: string,
  unit: string,
  samples: readonly number[],
  floor?: readonly number[],
): BenchRow {
  return floor === undefined
    ? { label, unit, samples }
    : { label, unit, samples, ratio: median(samples) / median(floor) };
}

/**
 * The median of per-round ratios of two paired series (each pair ran back to back, so a load spike on the
 * shared machine hits both sides of a pair).
 *
 * @param ours - Our per-round values.
 * @param floor - The floor's per-round values, same length.
 * @returns The median ratio.
 */
export function pairedRatio(ours: readonly number[], floor: readonly number[]): number {
  return median(ours.map((value, i) => value / (floor[i] ?? Number.NaN)));
}

/**
 * Runs `rounds` pairs of (floor, ours), alternating which goes first.
 *
 * @param rounds - How many pairs.
 * @param floor - One floor round.
 * @param ours - One Stratus round.
 * @returns The per-round results of both.
 */
export async function alternate<T>(
  rounds: number,
  floor: () => Promise<T>,
  ours: () => Promise<T>,
): Promise<{ floor: T[]; ours: T[] }> {
  const out = { floor: [] as T[], ours: [] as T[] };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      out.floor.push(await floor());
      out.ours.push(await ours());
    } else {
      out.ours.push(await ours());
      out.floor.push(await floor());
    }
  }
  return out;
}
