// `npm run bench -- brent`: the Brent driver as Brent sees it. Two replicas (`npm run brent`'s entry point, child
// processes, one consumer group on the local Kafka) take rounds of concurrent Creates of a one-resource Heat
// package (10 at once, as the original was measured, then 50 at once). Measured: execute → 202 latency
// (p50/p99), the delay from the stack reaching CREATE_COMPLETE (a stack list every 250 ms) to its completion
// record on Kafka (the record's broker timestamp), 202 → completion, and each replica's RSS. Stacks are deleted.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { type Replica, startReplica, stopReplica } from '../apps/brent-driver/scripts/demo-services.ts';
import { sharedKafkaBootstrap } from '../apps/brent-driver/test/live/helpers/local-kafka.ts';
import {
  completionTimes,
  deleteStacks,
  fireCreates,
  heatClient,
  heatCreates,
  percentile,
  rssMiB,
  watchStacks,
} from './brent-load.ts';
import { type Benchmark, type BenchRow, median } from './types.ts';

const ROUNDS = [10, 50];

async function freePort(): Promise<number> {
  return await new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function round(
  replicas: readonly Replica[],
  bootstrap: string,
  topic: string,
  count: number,
  withFloor = true,
) {
  const prefix = `t-bench-brent-${randomBytes(3).toString('hex')}`;
  const { heat, close } = await heatClient();
  const watch = watchStacks(heat, prefix);
  try {
    const floor = withFloor ? await heatCreates(heat, `${prefix}-floor`, count) : [];
    // let Heat's engine finish the floor's stacks before the driver's round starts
    for (
      let waited = 0;
      waited < 90_000 && [...watch.seen.keys()].filter((n) => n.includes('-floor-')).length < floor.length;
      waited += 500
    )
      await new Promise((r) => setTimeout(r, 500));
    const answers = await fireCreates(
      replicas.map((r) => r.url),
      prefix,
      count,
    );
    const creates = answers.filter((c) => c.status === 202);
    const done = await completionTimes(
      bootstrap,
      topic,
      creates.map((c) => c.requestId),
      300_000,
    );
    await new Promise((r) => setTimeout(r, 500)); // the watcher's last list
    const afterComplete = creates.flatMap((c) => {
      const at = done.get(c.requestId);
      const seen = watch.seen.get(c.stackName);
      return at === undefined || seen === undefined ? [] : [Math.max(0, at - seen)];
    });
    const toCompletion = creates.flatMap((c) => {
      const at = done.get(c.requestId);
      return at === undefined ? [] : [at - c.acceptedAt];
    });
    return {
      floor,
      accept: answers.map((c) => c.acceptMs),
      afterComplete,
      toCompletion,
      refused: count - creates.length,
      missing: creates.filter((c) => !done.has(c.requestId)).length,
    };
  } finally {
    watch.stop();
    await deleteStacks(heat, prefix);
    await close();
  }
}

export const benchmark: Benchmark = {
  name: 'brent',
  description: 'Brent driver: execute → 202, COMPLETE → completion, RSS (2 replicas, local cloud, Kafka)',
  async run() {
    const bootstrap = await sharedKafkaBootstrap();
    const run = `t-bench-brent-${randomBytes(3).toString('hex')}`;
    const env = {
      BRENT_JOB_KEY: randomBytes(32).toString('base64'),
      BRENT_KAFKA_BOOTSTRAP: bootstrap,
      BRENT_GROUP_ID: run,
      BRENT_JOB_TOPIC: `${run}-jobs`,
      BRENT_COMPLETION_TOPIC: `${run}-done`,
      LOG_LEVEL: 'warn',
    };
    const replicas = [await startReplica(await freePort(), env), await startReplica(await freePort(), env)];
    const rss = (): number[] => replicas.map((r) => rssMiB(r.child.pid ?? 0));
    const idle = rss();
    // warm-up: each replica logs in to Keystone once and opens its Kafka producer (as in steady state)
    await round(replicas, bootstrap, env.BRENT_COMPLETION_TOPIC, replicas.length, false);
    const rows: BenchRow[] = [];
    const notes: string[] = [
      `RSS per replica idle after start: ${idle.map((m) => m.toFixed(0)).join(' / ')} MiB`,
    ];
    try {
      for (const count of ROUNDS) {
        const r = await round(replicas, bootstrap, env.BRENT_COMPLETION_TOPIC, count);
        const ratio = median(r.accept) / median(r.floor);
        rows.push(
          { label: `Heat stack POST alone, ${count} at once`, unit: 'ms', samples: r.floor },
          { label: `execute → 202, ${count} at once`, unit: 'ms', samples: r.accept, ratio },
          { label: `COMPLETE → completion, ${count} at once`, unit: 'ms', samples: r.afterComplete },
          { label: `202 → completion, ${count} at once`, unit: 'ms', samples: r.toCompletion },
        );
        const p = (v: number[], q: number) => percentile(v, q).toFixed(0);
        notes.push(
          `${count} at once: Heat POST alone p50 ${p(r.floor, 50)} ms p99 ${p(r.floor, 99)} ms; 202 p50 ${p(r.accept, 50)} ms p99 ${p(r.accept, 99)} ms; COMPLETE → completion p50 ${p(r.afterComplete, 50)} ms p99 ${p(r.afterComplete, 99)} ms; ` +
            `202 → completion p50 ${p(r.toCompletion, 50)} ms; not 202 ${r.refused}; missing completions ${r.missing}; RSS ${rss()
              .map((m) => m.toFixed(0))
              .join(' / ')} MiB`,
        );
      }
    } finally {
      for (const replica of replicas) await stopReplica(replica);
    }
    notes.push(
      'The 202 waits for Heat to accept the stack (its id is in the 202), so on a loaded single-engine Heat it grows with concurrency.',
      'COMPLETE → completion is bounded by the poll backoff (1 s × 1.5ⁿ, at most 10 s) plus the claim (~0.1 s); the stack watcher lists every 250 ms.',
    );
    return { rows, notes };
  },
};
