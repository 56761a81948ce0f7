// listNodes over 1,000 servers on the replay server: bare undici + JSON.parse following the next links (the
// floor), Stratus's driver.listNodes() (parse + map to Node), Apache Libcloud list_nodes(), openstacksdk
// compute.servers(details=True).
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

const SERVERS = 1_000;
const ROUNDS = 21;
const PY_ROUNDS = 9;
const GOAL = 1.15;

async function floorList(agent: Agent, base: string): Promise<number> {
  let url: string | undefined = `${base}/v2.1/servers/detail`;
  let count = 0;
  while (url !== undefined) {
    const response = await request(url, {
      dispatcher: agent,
      headers: {
        accept: 'application/json',
        'x-auth-token': 'bench-token',
        'openstack-api-version': 'compute 2.93',
      },
    });
    const body = (await response.body.json()) as {
      servers: unknown[];
      servers_links?: { rel: string; href: string }[];
    };
    count += body.servers.length;
    url = body.servers_links?.find((l) => l.rel === 'next')?.href;
  }
  return count;
}

interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

async function timed(fn: () => Promise<number>): Promise<Sample> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const count = await fn();
  const used = process.cpuUsage(cpu);
  if (count !== SERVERS) throw new Error(`listed ${count} servers, expected ${SERVERS}`);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

async function run(): Promise<BenchReport> {
  const replay = await startReplay(SERVERS);
  const agent = new Agent({ keepAliveTimeout: 60_000 });
  const driver = replayDriver(replay.base);
  const stratus = async (): Promise<number> => {
    let n = 0;
    for await (const node of driver.listNodes()) if (node.id !== '') n++;
    return n;
  };
  try {
    await driver.getNode(FIRST_ID);
    for (let i = 0; i < 5; i++) {
      await floorList(agent, replay.base);
      await stratus();
    }
    const { floor: floorSamples, ours: ourSamples } = await alternate(
      ROUNDS,
      () => timed(() => floorList(agent, replay.base)),
      () => timed(stratus),
    );
    const floor = floorSamples.map((s) => s.wall);
    const ours = ourSamples.map((s) => s.wall);
    const floorCpu = floorSamples.map((s) => s.cpu);
    const oursCpu = ourSamples.map((s) => s.cpu);
    const rows: BenchRow[] = [
      row('bare undici + JSON.parse (floor)', 'ms/list', floor),
      { ...row('stratus driver.listNodes()', 'ms/list', ours), ratio: pairedRatio(ours, floor) },
      row('floor, client CPU', 'ms CPU/list', floorCpu),
      { ...row('stratus, client CPU', 'ms CPU/list', oursCpu), ratio: pairedRatio(oursCpu, floorCpu) },
    ];
    const notes: string[] = [];
    for (const lib of ['libcloud', 'openstacksdk'] as const) {
      const result = await timePython(lib, replay.base, 'list', 0, PY_ROUNDS);
      if (typeof result === 'string') notes.push(`${lib}: failed: ${result}`);
      else {
        rows.push(row(`${lib} (python3, Debian)`, 'ms/list', result.samples, floor));
        if (result.items !== SERVERS) notes.push(`${lib} saw ${result.items} servers of ${SERVERS}`);
      }
    }
    const ratio = pairedRatio(ours, floor);
    const cpuRatio = pairedRatio(oursCpu, floorCpu);
    notes.unshift(
      `${SERVERS} servers (2.93 shape, recorded from the local Nova) in pages of 1000 (2 GETs per list, like Nova's max_limit); warm session; ${ROUNDS} alternating rounds (ratio = median of per-round ratios; Python: median/median) (Python: ${PY_ROUNDS}).`,
      `stratus/floor ${ratio.toFixed(3)}× wall, ${cpuRatio.toFixed(3)}× client CPU (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : 'NOT met'})`,
      'Python rows are wall time in their own process (libcloud reads one page only: it does not follow next links).',
    );
    return { rows, notes };
  } finally {
    await driver.close();
    await driver.session.close();
    await agent.close();
    replay.child.kill();
  }
}

/** listNodes over 1,000 servers. */
export const benchmark: Benchmark = {
  name: 'compute-list',
  description:
    'listNodes over 1,000 servers on a local replay of Nova: floor, Stratus, Libcloud, openstacksdk',
  run,
};
