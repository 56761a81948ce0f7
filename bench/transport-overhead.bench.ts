// Transport overhead: a bare undici keep-alive loop (the floor) against createTransport().send (debug off) on
// the same local keep-alive server, which runs in a child process so it does not share the client's thread.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'undici';
import { createTransport } from '../src/transport/index.ts';
import { type Benchmark, type BenchReport, median } from './types.ts';

const REQUESTS_PER_ROUND = 2_000;
const WARMUP_REQUESTS = 1_000;
const ROUNDS = 15;
const GOAL = 1.1;

const SERVER = `
const http = require('node:http');
const body = JSON.stringify({ server: { id: 'b6b1e2a4', name: 'bench', status: 'ACTIVE' } });
const server = http.createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const stdout = child.stdout;
  if (stdout === null) throw new Error('bench server has no stdout');
  const [chunk] = (await once(stdout, 'data')) as [Buffer];
  return { child, url: `http://127.0.0.1:${chunk.toString().trim()}/v2.1/servers/b6b1e2a4` };
}

type Loop = (count: number) => Promise<void>;

interface Round {
  /** Wall-clock µs per request. */
  readonly wall: number;
  /** CPU µs (user + system) of this process per request: the client's own work, robust to a busy machine. */
  readonly cpu: number;
}

async function timeRound(loop: Loop): Promise<Round> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await loop(REQUESTS_PER_ROUND);
  const used = process.cpuUsage(cpu);
  const elapsedNs = Number(process.hrtime.bigint() - started);
  return { wall: elapsedNs / 1000 / REQUESTS_PER_ROUND, cpu: (used.user + used.system) / REQUESTS_PER_ROUND };
}

async function run(): Promise<BenchReport> {
  const { child, url } = await startServer();
  const agent = new Agent({ keepAliveTimeout: 60_000 });
  const transport = createTransport({ debug: false, timeoutMs: 30_000 });
  const bare: Loop = async (count) => {
    for (let i = 0; i < count; i++) {
      const response = await request(url, { dispatcher: agent, headers: { accept: 'application/json' } });
      await response.body.json();
    }
  };
  const stratus: Loop = async (count) => {
    for (let i = 0; i < count; i++)
      await transport.send({ method: 'GET', url, expect: [200] }, { attempt: 1 });
  };
  try {
    await bare(WARMUP_REQUESTS);
    await stratus(WARMUP_REQUESTS);
    const floor: Round[] = [];
    const ours: Round[] = [];
    // Interleaved rounds, so drift (thermal, other load on the machine) hits both sides alike.
    for (let round = 0; round < ROUNDS; round++) {
      floor.push(await timeRound(bare));
      ours.push(await timeRound(stratus));
    }
    const pick = (rounds: Round[], key: keyof Round): number[] => rounds.map((r) => r[key]);
    const wallRatio = median(pick(ours, 'wall')) / median(pick(floor, 'wall'));
    const cpuRatio = median(pick(ours, 'cpu')) / median(pick(floor, 'cpu'));
    const verdict = (ratio: number): string => (ratio <= GOAL ? 'met' : 'NOT met');
    return {
      rows: [
        { label: 'bare undici.request (floor), wall', unit: 'µs/request', samples: pick(floor, 'wall') },
        {
          label: 'createTransport().send, wall',
          unit: 'µs/request',
          samples: pick(ours, 'wall'),
          ratio: wallRatio,
        },
        { label: 'bare undici.request (floor), CPU', unit: 'µs/request', samples: pick(floor, 'cpu') },
        {
          label: 'createTransport().send, CPU',
          unit: 'µs/request',
          samples: pick(ours, 'cpu'),
          ratio: cpuRatio,
        },
      ],
      notes: [
        `${ROUNDS} interleaved rounds × ${REQUESTS_PER_ROUND} sequential GETs after ${WARMUP_REQUESTS} warm-up requests each; keep-alive server in a child process; debug off.`,
        'CPU = user+system time of the client process: the transport’s own cost, steady even when the machine is busy.',
        `overhead ratio (median/median): wall ${wallRatio.toFixed(3)}× (${verdict(wallRatio)}), CPU ${cpuRatio.toFixed(3)}× (${verdict(cpuRatio)}); goal ≤ ${GOAL.toFixed(2)}×`,
      ],
    };
  } finally {
    await transport.close();
    await agent.close();
    child.kill();
  }
}

/** The transport-overhead benchmark. */
export const benchmark: Benchmark = {
  name: 'transport-overhead',
  description: 'createTransport().send against a bare undici keep-alive loop on the same local server',
  run,
};
