// `npm run bench -- ec2`: listNodes over 1,000 EC2 instances on a moto server of its own (port 15001), against a
// bare-undici floor that reads the same XML pages, with libcloud's EC2 driver and boto3 on the same server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { Ec2NodeDriver } from 'stratus/ec2';
import { Agent, request } from 'undici';
import { type BenchReport, type BenchRow, median } from './types.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = process.env.STRATUS_BENCH_EC2_PORT ?? '15001';
const ENDPOINT = `http://127.0.0.1:${PORT}/`;
const ROUNDS = Number(process.env.STRATUS_BENCH_ROUNDS ?? 5);
const INSTANCES = 1000;
const VENV = process.env.STRATUS_BENCH_EC2_VENV ?? join(homedir(), '.cache', 'stratus-bench-ec2-venv');
const LIVE = ['pending', 'running', 'shutting-down', 'stopping', 'stopped'];

function localEc2(verb: 'up' | 'down'): void {
  const env = { ...process.env, STRATUS_EC2_PORT: PORT };
  const result = spawnSync(join(ROOT, 'scripts', 'local-ec2', verb), [], { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`scripts/local-ec2/${verb} failed`);
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (n) => n === 'item' });

/** moto routes by the credential scope of `Authorization` but does not check the signature. */
const FLOOR_AUTH =
  'AWS4-HMAC-SHA256 Credential=AKIABENCH/20261204/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0';

/** The floor: the same form POSTs (not signed: moto does not check) and the same XML parse, nothing else. */
async function floorList(agent: Agent): Promise<number> {
  let token: string | undefined;
  let count = 0;
  do {
    const form = new URLSearchParams({
      Action: 'DescribeInstances',
      Version: '2016-11-15',
      'Filter.1.Name': 'instance-state-name',
    });
    for (const [i, s] of LIVE.entries()) form.append(`Filter.1.Value.${i + 1}`, s);
    if (token) form.append('NextToken', token);
    const res = await request(ENDPOINT, {
      method: 'POST',
      body: form.toString(),
      dispatcher: agent,
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: FLOOR_AUTH },
    });
    const doc = parser.parse(await res.body.text()) as {
      DescribeInstancesResponse: {
        reservationSet?: { item?: { instancesSet?: { item?: unknown[] } }[] };
        nextToken?: string;
      };
    };
    const root = doc.DescribeInstancesResponse;
    for (const r of root.reservationSet?.item ?? []) count += r.instancesSet?.item?.length ?? 0;
    token = root.nextToken || undefined;
  } while (token);
  return count;
}

async function seed(driver: Ec2NodeDriver): Promise<void> {
  let imageId = '';
  for await (const image of driver.listImages()) {
    imageId = image.id;
    break;
  }
  const launch = () =>
    driver.connection.ec2.call('RunInstances', {
      ImageId: imageId,
      InstanceType: 't2.nano',
      MinCount: 5,
      MaxCount: 5,
    });
  for (let i = 0; i < INSTANCES / 5 / 8; i++) await Promise.all(Array.from({ length: 8 }, launch));
}

async function timed(fn: () => Promise<number>): Promise<{ ms: number; items: number }> {
  const t = performance.now();
  const items = await fn();
  return { ms: performance.now() - t, items };
}

function python(lib: string): { samples: number[]; items: number } | string {
  const py = join(VENV, 'bin', 'python');
  if (!existsSync(py))
    return `no ${py} (python3 -m venv ${VENV} && ${VENV}/bin/pip install apache-libcloud boto3)`;
  const out = spawnSync(
    py,
    [join(ROOT, 'bench', 'ec2-python.py'), lib, ENDPOINT.slice(0, -1), String(ROUNDS)],
    { encoding: 'utf8' },
  );
  if (out.status !== 0) return out.stderr.trim().split('\n').slice(-1)[0] ?? 'failed';
  return JSON.parse(out.stdout) as { samples: number[]; items: number };
}

async function run(): Promise<BenchReport> {
  localEc2('up');
  const agent = new Agent();
  const driver = new Ec2NodeDriver({
    credentials: { accessKeyId: 'AKIABENCH', secretAccessKey: 'bench-secret' },
    region: 'us-east-1',
    endpoint: ENDPOINT,
    transport: { timeoutMs: 300_000 },
  });
  try {
    const have = await floorList(agent);
    if (have < INSTANCES) await seed(driver);
    const stratus = async () => {
      let n = 0;
      for await (const node of driver.listNodes()) if (node.id !== '') n++;
      return n;
    };
    const floor: number[] = [];
    const ours: number[] = [];
    let items = 0;
    for (let i = 0; i < ROUNDS; i++) {
      floor.push((await timed(() => floorList(agent))).ms);
      const r = await timed(stratus);
      ours.push(r.ms);
      items = r.items;
    }
    const f = median(floor);
    const rows: BenchRow[] = [
      { label: 'bare undici + fast-xml-parser (floor)', unit: 'ms/list', samples: floor },
      { label: 'stratus driver.listNodes()', unit: 'ms/list', samples: ours, ratio: median(ours) / f },
    ];
    const notes = [
      `${items} instances listed by stratus, in moto's pages of 100 reservations (5 instances each); ${ROUNDS} alternating rounds; ratio = median/median of the floor.`,
    ];
    for (const lib of ['libcloud', 'boto3']) {
      const result = python(lib);
      if (typeof result === 'string') notes.push(`${lib}: ${result}`);
      else {
        rows.push({
          label: `${lib} (python)`,
          unit: 'ms/list',
          samples: result.samples,
          ratio: median(result.samples) / f,
        });
        notes.push(`${lib} saw ${result.items} instances`);
      }
    }
    return { rows, notes };
  } finally {
    await driver.close();
    await agent.close();
    localEc2('down');
  }
}

/** The benchmark. */
export const benchmark = {
  name: 'ec2-list',
  description: `listNodes over ${INSTANCES} EC2 instances on moto vs a bare-undici floor, libcloud and boto3`,
  run,
};
