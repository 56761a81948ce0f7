// getNode × 10,000 on the replay server: bare undici GET + JSON.parse (the floor), Stratus's driver.getNode()
// (parse + map), Apache Libcloud ex_get_node_details(), openstacksdk compute.get_server().
import { Agent, request } from 'undici';
import {
  alternate,
  FIRST_ID,
  pairedRatio,
  replayDriver,
  row,
  startReplay,
  timePython,
} from './compute-replay.ts';
import type { Benchmark, BenchReport, BenchRow } from './types.ts';

const GETS = 10_000;
const ROUNDS = 7;
const PY_GETS = 2_000;
const PY_ROUNDS = 3;
const GOAL = 1.1;

async function run(): Promise<BenchReport> {
  const replay = await startReplay(10);
  const agent = new Agent({ keepAliveTimeout: 60_000 });
  const driver = replayDriver(replay.base);
  const url = `${replay.base}/v2.1/servers/${FIRST_ID}`;
  const headers = {
    accept: 'application/json',
    'x-auth-token': 'bench-token',
    'openstack-api-version': 'compute 2.93',
  };
  const round = async (one: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < GETS; i++) await one();
    const used = process.cpuUsage(cpu);
    return { wall: ((performance.now() - started) * 1000) / GETS, cpu: (used.user + used.system) / GETS };
  };
  const floorRound = () =>
    round(async () => {
      const response = await request(url, { dispatcher: agent, headers });
      return response.body.json();
    });
  const stratusRound = () =>
    round(async () => {
      const node = await driver.getNode(FIRST_ID);
      if (node === undefined) throw new Error('replayed server missing');
    });
  try {
    await floorRound();
    await stratusRound();
    const { floor: floorSamples, ours: ourSamples } = await alternate(ROUNDS, floorRound, stratusRound);
    const floor = floorSamples.map((s) => s.wall);
    const ours = ourSamples.map((s) => s.wall);
    const floorCpu = floorSamples.map((s) => s.cpu);
    const oursCpu = ourSamples.map((s) => s.cpu);
    const rows: BenchRow[] = [
      row('bare undici GET + JSON.parse (floor)', 'µs/get', floor),
      { ...row('stratus driver.getNode()', 'µs/get', ours), ratio: pairedRatio(ours, floor) },
      row('floor, client CPU', 'µs CPU/get', floorCpu),
      { ...row('stratus, client CPU', 'µs CPU/get', oursCpu), ratio: pairedRatio(oursCpu, floorCpu) },
    ];
    const notes: string[] = [];
    for (const lib of ['libcloud', 'openstacksdk'] as const) {
      const result = await timePython(lib, replay.base, 'get', PY_GETS, PY_ROUNDS);
      if (typeof result === 'string') notes.push(`${lib}: failed: ${result}`);
      else rows.push(row(`${lib} (python3, Debian)`, 'µs/get', result.samples, floor));
    }
    const ratio = pairedRatio(ours, floor);
    const cpuRatio = pairedRatio(oursCpu, floorCpu);
    notes.unshift(
      `${ROUNDS} alternating rounds (ratio = median of per-round ratios; Python: median/median) × ${GETS} sequential gets of one server (Python: ${PY_ROUNDS} rounds × ${PY_GETS}); warm session, keep-alive.`,
      `stratus/floor ${ratio.toFixed(3)}× wall, ${cpuRatio.toFixed(3)}× client CPU (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : 'NOT met'})`,
    );
    return { rows, notes };
  } finally {
    await driver.session.close();
    await agent.close();
    replay.child.kill();
  }
}

/** getNode × 10,000. */
export const benchmark: Benchmark = {
  name: 'compute-get',
  description: 'getNode × 10,000 on a local replay of Nova: floor, Stratus, Libcloud, openstacksdk',
  run,
};
