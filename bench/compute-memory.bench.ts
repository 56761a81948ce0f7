// Peak memory growth while streaming 10,000 servers through driver.listNodes() (pages of 1000), each run in a
// fresh Node process so one run's garbage does not count against the next.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startReplay } from './compute-replay.ts';
import { type Benchmark, type BenchReport, median } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);
const SERVERS = 10_000;
const RUNS = 5;
const GOAL_MB = 50;

async function once(base: string): Promise<{ heap: number; rss: number }> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--conditions=source', join(here, 'compute-memory-child.ts'), base, String(SERVERS)],
    { timeout: 300_000 },
  );
  const parsed: unknown = JSON.parse(stdout);
  const heap: unknown =
    typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'heap') : undefined;
  const rss: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'rss') : undefined;
  if (typeof heap !== 'number' || typeof rss !== 'number')
    throw new Error(`unexpected child output: ${stdout}`);
  return { heap, rss };
}

async function runBench(): Promise<BenchReport> {
  const replay = await startReplay(SERVERS);
  try {
    const results: { heap: number; rss: number }[] = [];
    for (let i = 0; i < RUNS; i++) results.push(await once(replay.base));
    const rss = results.map((r) => r.rss);
    const heap = results.map((r) => r.heap);
    const worst = Math.max(...rss);
    return {
      rows: [
        { label: 'peak RSS growth while streaming', unit: 'MB', samples: rss },
        { label: 'peak heap growth while streaming', unit: 'MB', samples: heap },
      ],
      notes: [
        `${SERVERS} servers (2.93 shape) in 10 pages of 1000, streamed through driver.listNodes() without keeping them; ${RUNS} fresh processes.`,
        `median RSS growth ${median(rss).toFixed(1)} MB, worst ${worst.toFixed(1)} MB (goal < ${GOAL_MB} MB: ${worst < GOAL_MB ? 'met' : 'NOT met'})`,
      ],
    };
  } finally {
    replay.child.kill();
  }
}

/** Peak memory while streaming 10,000 servers. */
export const benchmark: Benchmark = {
  name: 'compute-memory',
  description: 'peak memory growth while streaming 10,000 servers through listNodes()',
  run: runBench,
};
