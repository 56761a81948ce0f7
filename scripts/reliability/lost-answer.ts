// Creates whose answer is lost after Nova acted: no duplicates, the caller told the outcome is unknown with the
// name to check; with reconcile on, a retried create returns the existing server.
import { randomBytes } from 'node:crypto';
import type { OpenStackNodeDriver } from '../../src/drivers/openstack/v1-1/driver.ts';
import { OutcomeUnknownError } from '../../src/index.ts';
import { startFaultProxy } from '../../test/helpers/fault-proxy.ts';
import { NOVA, openDriver, type RunDir } from './cloud.ts';
import { errorClass, type Row, tally } from './stats.ts';

async function serversNamed(driver: OpenStackNodeDriver, name: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const server of driver.ext.compute.listServers({ name: `^${name}$` })) {
    if (server.name === name) ids.push(server.id);
  }
  return ids;
}

async function pick(driver: OpenStackNodeDriver): Promise<{ size: string; image: string }> {
  let size: string | undefined;
  for await (const s of driver.listSizes()) if (s.name === 'm1.nano') size = s.id;
  let image: string | undefined;
  const images = driver.listImages?.() ?? [];
  for await (const i of images) if (i.name === 'stratus-tiny') image = i.id;
  if (size === undefined || image === undefined)
    throw new Error('m1.nano / stratus-tiny not found: run cloud:up');
  return { size, image };
}

/**
 * Creates `count` servers through a proxy that loses every POST answer after Nova acted, then retries each
 * with `reconcile: true` through a clean path, counts servers per name, and deletes them all.
 *
 * @param count - How many creates.
 * @param dir - The run directory.
 * @returns The table rows.
 */
export async function lostAnswerCreates(count: number, dir: RunDir): Promise<Row[]> {
  const proxy = await startFaultProxy(NOVA, { rate: 1, kinds: ['lose-answer'], seed: 7, methods: ['POST'] });
  // A generous limit: this scenario is "Nova acted, then the answer was lost", not "the client gave up first"
  // (a create still running at Nova when a retry looks for it is the case reconcile cannot see).
  const lossy = await openDriver({
    compute: proxy.url,
    transcript: dir.transcript('lost-answer'),
    timeoutMs: 180_000,
  });
  const clean = await openDriver({ transcript: dir.transcript('lost-answer-clean') });
  const prefix = `t-reliability-${randomBytes(3).toString('hex')}`;
  const seen: string[] = [];
  const perName: number[] = [];
  let adopted = 0;
  let named = 0;
  try {
    const { size, image } = await pick(clean.driver);
    const networks = [{ networkId: await demoNet(clean.driver) }];
    for (let index = 0; index < count; index++) {
      const name = `${prefix}-${index}`;
      const options = { name, size, image, networks, hydrate: false };
      const error = await lossy.driver.createNode(options).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      seen.push(errorClass(error));
      if (error instanceof Error) console.error(`  ${name}: ${error.message.slice(0, 160)}`);
      if (error instanceof OutcomeUnknownError && error.message.includes(`"${name}"`)) named++;
      const before = await serversNamed(clean.driver, name);
      const retried = await clean.driver.createNode({ ...options, reconcile: true });
      if (before.length === 1 && retried.id === before[0]) adopted++;
      perName.push((await serversNamed(clean.driver, name)).length);
    }
  } finally {
    await cleanup(clean.driver, prefix);
    await lossy.session.close();
    await clean.session.close();
    await proxy.close();
  }
  const duplicates = perName.filter((n) => n !== 1).length;
  return [
    {
      scenario: `creates with lost answers (${count})`,
      result: `servers per name: ${tally(perName.map(String))}; caller saw: ${tally(seen)}; name to check in the error: ${named}/${count}`,
      ok: duplicates === 0 && named === count,
    },
    {
      scenario: 'retried create with reconcile: true',
      result: `returned the existing server: ${adopted}/${count}`,
      ok: adopted === count,
    },
  ];
}

async function demoNet(driver: OpenStackNodeDriver): Promise<string> {
  for await (const network of driver.ext.network.listNetworks({ name: 'demo-net' })) return network.id;
  throw new Error('demo-net not found: run cloud:up');
}

/** Deletes every server of the run and waits (up to a minute) until Nova no longer lists them. */
async function cleanup(driver: OpenStackNodeDriver, prefix: string): Promise<void> {
  for (let round = 0; round < 30; round++) {
    let left = 0;
    for await (const server of driver.ext.compute.listServers({ name: `^${prefix}-` })) {
      left++;
      if (round % 5 === 0) await driver.destroyNode(server.id).catch(() => undefined);
    }
    if (left === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  console.error(`servers named ${prefix}-* are still listed after a minute; delete them by hand`);
}
