// Transport overhead: a bare undici keep-alive loop (the floor) against createTransport().send (debug off) on
// the same local keep-alive server, which runs in a child process so it does not share the client's thread.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'undici';
import { createTransport } from '../src/transport/index.ts';
import { type Benchmark, type BenchReport, type BenchRow, median } from './types.ts';

const REQUESTS_PER_ROUND = 1_000;
const WARMUP_REQUESTS = 2_000;
const ROUNDS = 31;
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
  const chunks: unknown[] = await once(stdout, 'data');
  return { child, url: `http://127.0.0.1:${String(chunks[0]).trim()}/v2.1/servers/b6b1e2a4` };
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

/** Runs the two loops in alternating order, round after round, so drift and order effects hit both alike. */
async function measure(floorLoop: Loop, oursLoop: Loop): Promise<{ floor: Round[]; ours: Round[] }> {
  await floorLoop(WARMUP_REQUESTS);
  await oursLoop(WARMUP_REQUESTS);
  const floor: Round[] = [];
  const ours: Round[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      floor.push(await timeRound(floorLoop));
      ours.push(await timeRound(oursLoop));
    } else {
      ours.push(await timeRound(oursLoop));
      floor.push(await timeRound(floorLoop));
    }
  }
  return { floor, ours };
}

function report(floor: Round[], ours: Round[]): BenchReport {
  const rows: BenchRow[] = [];
  const ratios: string[] = [];
  for (const key of ['wall', 'cpu'] as const) {
    const base = floor.map((r) => r[key]);
    const mine = ours.map((r) => r[key]);
    // The median of per-round ratios: each pair ran back to back, so a load spike cancels out.
    const ratio = median(mine.map((value, i) => value / (base[i] ?? Number.NaN)));
    const extra = median(mine.map((value, i) => value - (base[i] ?? Number.NaN)));
    const label = key === 'wall' ? 'wall' : 'CPU';
    rows.push({ label: `bare undici.request (floor), ${label}`, unit: 'µs/request', samples: base });
    rows.push({ label: `createTransport().send, ${label}`, unit: 'µs/request', samples: mine, ratio });
    ratios.push(
      `${label} ${ratio.toFixed(3)}× (+${extra.toFixed(1)} µs, ${ratio <= GOAL ? 'met' : 'NOT met'})`,
    );
  }
  return {
    rows,
    notes: [
      `${ROUNDS} alternating rounds × ${REQUESTS_PER_ROUND} sequential GETs after ${WARMUP_REQUESTS} warm-up requests; keep-alive server in a child process; debug off.`,
      'ratio = median of per-round ratios (each pair ran back to back). CPU = user+system time of the client',
      'process per request: the transport’s own cost, steadier than wall time when the machine is busy.',
      `overhead ratio: ${ratios.join(', ')}; goal ≤ ${GOAL.toFixed(2)}×`,
    ],
  };
}

async function run(): Promise<BenchReport> {
  const { child, url } = await startServer();
  const agent = new Agent({ keepAliveTimeout: 60_000 });
  const transport = createTransport({ debug: false });
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
    const { floor, ours } = await measure(bare, stratus);
    return report(floor, ours);
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
