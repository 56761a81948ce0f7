// The same workloads against the real local Nova (when its clouds.yaml exists): getNode of one server and
// listNodes of the project, bare undici (with the session's token) as the floor, Stratus, Libcloud, openstacksdk.
import { Agent, request } from 'undici';
import { fromCloudsYaml } from '../src/auth/config/clouds-yaml.ts';
import { createSession } from '../src/auth/session.ts';
import { findImageId, findNetworkId } from '../src/cli/commands/compute-common.ts';
import { OpenStackNodeDriver } from '../src/drivers/openstack/v1-1/driver.ts';
import { alternate, pairedRatio, row, timePython } from './compute-replay.ts';
import type { Benchmark, BenchReport, BenchRow } from './types.ts';

const GETS = 100;
const ROUNDS = 5;
const CLOUDS = process.env.OS_CLIENT_CONFIG_FILE ?? '/var/lib/os-harness/clouds.yaml';
const CLOUD = process.env.OS_CLOUD ?? 'stratus-demo';

async function run(): Promise<BenchReport> {
  let options: Awaited<ReturnType<typeof fromCloudsYaml>>;
  try {
    options = await fromCloudsYaml(CLOUD, { env: { ...process.env, OS_CLIENT_CONFIG_FILE: CLOUDS } });
  } catch (error) {
    return {
      rows: [],
      notes: [`skipped: no local cloud (${String(error)}); start it with npm run cloud:up`],
    };
  }
  const session = createSession(options);
  const driver = new OpenStackNodeDriver({ session });
  const agent = new Agent({ keepAliveTimeout: 60_000 });
  const name = `stratus-test-bench-${Math.random().toString(16).slice(2, 10)}`;
  const flavor = (await Array.fromAsync(driver.listSizes())).find((s) => s.name === 'm1.tiny');
  if (!flavor) return { rows: [], notes: ['skipped: flavor m1.tiny is not seeded'] };
  const node = await driver.createNode({
    name,
    size: flavor.id,
    image: await findImageId(driver, 'stratus-tiny'),
    networks: [{ networkId: await findNetworkId(driver, 'demo-net') }],
  });
  try {
    await driver.waitUntilRunning(node, { intervalMs: 500, timeoutMs: 120_000 });
    const compute = await driver.ext.compute.client();
    const token = await session.token();
    const url = `${compute.service.endpoint}/servers/${node.id}`;
    const headers = {
      'x-auth-token': token,
      'openstack-api-version': 'compute 2.93',
      accept: 'application/json',
    };
    const timeGets = async (one: () => Promise<unknown>): Promise<number> => {
      const started = performance.now();
      for (let i = 0; i < GETS; i++) await one();
      return (performance.now() - started) / GETS;
    };
    const floorGet = () =>
      timeGets(async () => (await request(url, { dispatcher: agent, headers })).body.json());
    const ourGet = () => timeGets(() => driver.getNode(node.id));
    await floorGet();
    await ourGet();
    const gets = await alternate(ROUNDS, floorGet, ourGet);
    const rows: BenchRow[] = [
      row('getNode: bare undici (floor)', 'ms/get', gets.floor),
      { ...row('getNode: stratus', 'ms/get', gets.ours), ratio: pairedRatio(gets.ours, gets.floor) },
    ];
    const notes: string[] = [];
    const auth = options.auth;
    if (auth.method === '3.x_password' && 'name' in auth.user) {
      const scope =
        auth.scope && 'project' in auth.scope && 'name' in auth.scope.project ? auth.scope.project.name : '';
      const env = {
        OS_AUTH_URL: auth.authUrl,
        OS_USERNAME: auth.user.name,
        OS_PASSWORD: auth.password,
        OS_PROJECT_NAME: scope,
        STRATUS_BENCH_COMPUTE_URL: compute.service.endpoint,
      };
      for (const lib of ['libcloud', 'openstacksdk'] as const) {
        const result = await timePython(lib, 'live', 'get', GETS, ROUNDS, { serverId: node.id, env });
        if (typeof result === 'string') notes.push(`${lib}: failed: ${result}`);
        else
          rows.push(
            row(
              `getNode: ${lib}`,
              'ms/get',
              result.samples.map((us) => us / 1000),
              gets.floor,
            ),
          );
      }
    } else {
      notes.push('Python libraries skipped: the cloud does not use password auth by name');
    }
    notes.unshift(
      `real Nova (fake driver) on 127.0.0.1, cloud ${CLOUD}; ${ROUNDS} alternating rounds × ${GETS} gets of one ACTIVE server; warm token.`,
    );
    return { rows, notes };
  } finally {
    await driver.destroyNode(node.id);
    await driver.waitUntilDeleted(node.id, { intervalMs: 500, timeoutMs: 120_000 });
    await agent.close();
    await session.close();
  }
}

/** getNode against the real local Nova. */
export const benchmark: Benchmark = {
  name: 'compute-live',
  description: 'getNode against the real local Nova: floor, Stratus, Libcloud, openstacksdk',
  run,
};
