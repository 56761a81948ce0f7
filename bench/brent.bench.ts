// `npm run bench -- brent`: the Brent driver as Brent sees it. Replicas of ours (`npm run brent`'s entry point,
// child processes, one consumer group on the local Kafka; BRENT_REPLICAS, default 2) take rounds of concurrent
// Creates of a one-resource Heat package (10 at once, as the original was measured, then 50 at once). With
// BRENT_PEER_URL set, a peer driver serving the same Resource Driver API (e.g. IBM's original, run beside the
// project; docs/brent-vs-original.md) takes the same rounds right after ours, its completions read from
// BRENT_PEER_TOPIC, its RSS from the process tree of BRENT_PEER_PID. BRENT_BENCH_REPEAT repeats the whole
// sequence, the order of ours and the peer swapping each time. Measured per driver: execute → 202 (p50/p99),
// stack CREATE_COMPLETE (a stack list every 250 ms) → completion record (broker timestamp), 202 → completion,
// RSS, Heat GETs per Create (heat-api's access log) and Keystone logins per Create (a counting proxy in the
// deployment location). The floor, Heat's own stack POST at the same concurrency, runs before each pair.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { stopReplica } from '../apps/brent-driver/scripts/demo-services.ts';
import { osLocation } from '../apps/brent-driver/test/helpers/local-cloud.ts';
import { sharedKafkaBootstrap } from '../apps/brent-driver/test/live/helpers/local-kafka.ts';
import {
  completionTimes,
  deleteStacks,
  fireCreates,
  heatClient,
  heatCreates,
  percentile,
} from './brent-load.ts';
import { heatLog, heatLogOffset, type KeystoneCounter, keystoneCounter } from './brent-peer.ts';
import { peerTarget, startOurs, type Target } from './brent-targets.ts';
import { watchStacks } from './brent-watch.ts';
import { type Benchmark, type BenchRow, median } from './types.ts';

const ROUNDS = (process.env.BRENT_ROUNDS ?? '10,50').split(',').map(Number);

/** What one round of one driver measured. */
interface Measured {
  readonly accept: number[];
  readonly afterComplete: number[];
  readonly toCompletion: number[];
  readonly endToEnd: number[];
  readonly notes: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const p = (v: readonly number[], q: number) => percentile(v, q).toFixed(0);
const per = (n: number | undefined, of: number) => (n === undefined ? 'n/a' : (n / of).toFixed(1));

/** Heat's own stack POST, `count` at once; waits for the stacks to complete, then deletes them. */
async function floorRound(count: number): Promise<{ floor: number[]; heatSide: readonly number[] }> {
  const prefix = `t-bench-brent-${randomBytes(3).toString('hex')}-floor`;
  const { heat, close } = await heatClient();
  const watch = watchStacks(heat, prefix);
  const offset = heatLogOffset();
  try {
    const floor = await heatCreates(heat, prefix, count);
    await sleep(300); // heat-api writes its access line just after the answer
    const heatSide = heatLog(offset, [])?.postMs ?? [];
    for (let waited = 0; waited < 90_000 && watch.seen.size < floor.length; waited += 500) await sleep(500);
    return { floor, heatSide };
  } finally {
    watch.stop();
    await deleteStacks(heat, prefix, 120_000);
    await close();
  }
}

async function driverRound(
  target: Target,
  bootstrap: string,
  count: number,
  keystone: KeystoneCounter,
): Promise<Measured> {
  const prefix = `t-bench-brent-${randomBytes(3).toString('hex')}`;
  const { heat, close } = await heatClient();
  const watch = watchStacks(heat, prefix);
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  const offset = heatLogOffset();
  try {
    keystone.reset();
    const answers = await fireCreates(target.urls, prefix, count, keystone.origin);
    const creates = answers.filter((c) => c.status === 202);
    const ids = creates.map((c) => c.requestId);
    const done = await completionTimes(bootstrap, target.topic, ids, 300_000);
    await sleep(500); // the watcher's last list
    // a queued Create's 202 names no stack: its id comes from the stack list
    const heatSide = heatLog(
      offset,
      creates.map((c) => (c.stackId === '' ? (watch.ids.get(c.stackName) ?? '') : c.stackId)),
      creates.map((c) => c.stackName),
    );
    const logins = keystone.logins();
    const afterComplete = creates.flatMap((c) => {
      const at = done.get(c.requestId);
      const seen = watch.seen.get(c.stackName);
      return at === undefined || seen === undefined ? [] : [Math.max(0, at - seen)];
    });
    const toCompletion = creates.flatMap((c) => {
      const at = done.get(c.requestId);
      return at === undefined ? [] : [at - c.acceptedAt];
    });
    // the whole wait Brent sees, whichever part of it the 202 covers
    const endToEnd = creates.flatMap((c) => {
      const at = done.get(c.requestId);
      return at === undefined ? [] : [at - (c.acceptedAt - c.acceptMs)];
    });
    const accept = answers.map((c) => c.acceptMs);
    const notes =
      `${target.name}, ${count} at once (load ${load}): 202 p50 ${p(accept, 50)} ms p99 ${p(accept, 99)} ms; ` +
      `COMPLETE → completion p50 ${p(afterComplete, 50)} ms p99 ${p(afterComplete, 99)} ms; ` +
      `202 → completion p50 ${p(toCompletion, 50)} ms; execute → completion p50 ${p(endToEnd, 50)} ms p99 ${p(endToEnd, 99)} ms; Heat's own POST time p50 ${heatSide === undefined ? 'n/a' : p(heatSide.postMs, 50)} ms; Heat GETs/Create ${per(heatSide?.gets, creates.length)}; ` +
      `Keystone logins/Create ${per(logins, creates.length)}; not 202 ${count - creates.length}; ` +
      `missing completions ${ids.filter((id) => !done.has(id)).length}; ` +
      `RSS ${target
        .rss()
        .map((m) => m.toFixed(0))
        .join(' / ')} MiB`;
    return { accept, afterComplete, toCompletion, endToEnd, notes };
  } finally {
    watch.stop();
    await deleteStacks(heat, prefix, 120_000);
    await close();
  }
}

function rowsOf(name: string, count: number, floor: number[], runs: readonly Measured[]): BenchRow[] {
  const all = (pick: (m: Measured) => number[]) => runs.flatMap(pick);
  const accept = all((m) => m.accept);
  return [
    { label: `${name}: execute → 202, ${count} at once`, unit: 'ms', samples: accept },
    { label: `${name}: COMPLETE → completion, ${count}`, unit: 'ms', samples: all((m) => m.afterComplete) },
    { label: `${name}: 202 → completion, ${count}`, unit: 'ms', samples: all((m) => m.toCompletion) },
    { label: `${name}: execute → completion, ${count}`, unit: 'ms', samples: all((m) => m.endToEnd) },
  ].map((row, i) => (i === 0 ? { ...row, ratio: median(accept) / median(floor) } : row));
}

export const benchmark: Benchmark = {
  name: 'brent',
  description:
    'Brent driver: execute → 202, COMPLETE → completion, RSS, Heat GETs and logins (local cloud, Kafka)',
  async run() {
    const bootstrap = await sharedKafkaBootstrap();
    const keystone = await keystoneCounter(String(osLocation('stratus-demo').properties.os_api_url));
    const { target: ours, replicas } = await startOurs(bootstrap);
    const peer = peerTarget();
    const targets = peer === undefined ? [ours] : [ours, peer];
    const notes = [
      `RSS idle after start: ${targets
        .map(
          (t) =>
            `${t.name} ${t
              .rss()
              .map((m) => m.toFixed(0))
              .join(' / ')} MiB`,
        )
        .join('; ')}`,
    ];
    const floors = new Map<number, number[]>();
    const measured = new Map<string, Measured[]>();
    try {
      // warm-up: each replica logs in to Keystone once and opens its Kafka producer (as in steady state)
      for (const t of targets) await driverRound(t, bootstrap, t.urls.length, keystone);
      for (let rep = 0; rep < Number(process.env.BRENT_BENCH_REPEAT ?? 1); rep++) {
        for (const count of ROUNDS) {
          const { floor, heatSide } = await floorRound(count);
          floors.set(count, [...(floors.get(count) ?? []), ...floor]);
          notes.push(
            `Heat POST alone, ${count} at once (load ${loadavg()[0]?.toFixed(1)}): p50 ${p(floor, 50)} ms p99 ${p(floor, 99)} ms; Heat's own POST time p50 ${p(heatSide, 50)} ms`,
          );
          for (const t of rep % 2 === 0 ? targets : [...targets].reverse()) {
            const m = await driverRound(t, bootstrap, count, keystone);
            measured.set(`${t.name}|${count}`, [...(measured.get(`${t.name}|${count}`) ?? []), m]);
            notes.push(m.notes);
          }
        }
      }
    } finally {
      for (const replica of replicas) await stopReplica(replica);
      await keystone.close();
    }
    const rows = [...new Set(ROUNDS)].flatMap((count) => {
      const floor = floors.get(count) ?? [];
      const head: BenchRow = { label: `Heat stack POST alone, ${count} at once`, unit: 'ms', samples: floor };
      return [
        head,
        ...targets.flatMap((t) => rowsOf(t.name, count, floor, measured.get(`${t.name}|${count}`) ?? [])),
      ];
    });
    notes.push(
      'The 202 waits for Heat to accept the stack (its id is in the 202), so on a loaded single-engine Heat it grows with concurrency.',
      'Ours: COMPLETE → completion is bounded by the poll backoff (1 s × 1.5ⁿ, at most 10 s) plus the claim (~0.1 s); the stack watcher lists every 250 ms.',
    );
    return { rows, notes };
  },
};
