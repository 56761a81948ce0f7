// Hostile answers from a fake Nova: each must end in a typed Stratus error or a correct result within 1 s,
// the same with the transcript on and off, with RSS growth under 2× the body or under the cap.

import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createSession } from '../../src/auth/session.ts';
import { OpenStackNodeDriver } from '../../src/drivers/openstack/v1-1/driver.ts';
import { CloudError } from '../../src/index.ts';
import { HOSTILE_CASES, type HostileCase, HUGE_BODY_BYTES } from '../../test/helpers/hostile-service.ts';
import type { RunDir } from './cloud.ts';
import type { Row } from './stats.ts';

const MB = 1024 * 1024;
/** The default `maxResponseBytes`: RSS growth under it passes whatever the body size. */
const CAP_BYTES = 32 * MB;

interface Outcome {
  readonly label: string;
  readonly ms: number;
  readonly rssGrowth: number;
  readonly typed: boolean;
}

async function once(endpoint: string, transcript: string | undefined): Promise<Outcome> {
  const session = createSession({
    auth: { method: 'forced_token', token: 'not-a-real-token', endpoints: { compute: endpoint } },
    transport: { retry: false, debug: transcript === undefined ? false : { transcript } },
  });
  const driver = new OpenStackNodeDriver({ session });
  let peak = process.memoryUsage().rss;
  const base = peak;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  try {
    const nodes = [];
    for await (const node of driver.listNodes()) nodes.push(node);
    return { label: `${nodes.length} nodes`, ms: performance.now() - started, rssGrowth: 0, typed: true };
  } catch (error) {
    const ms = performance.now() - started;
    const typed = error instanceof CloudError;
    const label = typed ? `${error.name} (${error.code})` : `untyped ${String(error).slice(0, 60)}`;
    return { label, ms, rssGrowth: 0, typed };
  } finally {
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    await session.close();
    Object.assign(globalThis, { lastGrowth: peak - base });
  }
}

function growth(): number {
  const value: unknown = Reflect.get(globalThis, 'lastGrowth');
  return typeof value === 'number' ? value : 0;
}

/**
 * Runs every hostile case with the transcript off, then on.
 *
 * @param dir - The run directory.
 * @returns One row per case.
 */
export async function hostileAnswers(dir: RunDir): Promise<Row[]> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      fileURLToPath(new URL('../../test/helpers/hostile-service-main.ts', import.meta.url)),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const rows: Row[] = [];
  try {
    const port = await portOf(child);
    for (const kind of HOSTILE_CASES) {
      rows.push(await hostileCase(kind, `http://127.0.0.1:${port}/${kind}/v2.1`, dir));
    }
  } finally {
    child.stdin.end();
    child.kill();
  }
  return rows;
}

function portOf(child: ChildProcessByStdio<Writable, Readable, null>): Promise<string> {
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => {
      const port = /PORT (\d+)/.exec(chunk.toString())?.[1];
      if (port === undefined) reject(new Error('the hostile service did not start'));
      else resolve(port);
    });
    child.once('exit', () => reject(new Error('the hostile service exited')));
  });
}

async function hostileCase(kind: HostileCase, endpoint: string, dir: RunDir): Promise<Row> {
  global.gc?.();
  const off = await once(endpoint, undefined);
  const offGrowth = growth();
  global.gc?.();
  const on = await once(endpoint, dir.transcript(`hostile-${kind}`));
  const onGrowth = Math.max(offGrowth, growth());
  const ms = Math.max(off.ms, on.ms);
  const same = off.label === on.label;
  // Under 2× the body, or under the cap (the body size of every case but the huge one is tiny).
  const bodyBytes = kind === 'huge-body' ? HUGE_BODY_BYTES : 0;
  const bounded = onGrowth < Math.max(2 * bodyBytes, CAP_BYTES);
  return {
    scenario: `hostile: ${kind}`,
    result:
      `${off.label}; ${ms.toFixed(0)} ms; transcript on/off ${same ? 'same' : `DIFFERENT (${on.label})`}; ` +
      `RSS +${(onGrowth / MB).toFixed(0)} MB`,
    ok: off.typed && on.typed && same && ms < 1000 && bounded,
  };
}
