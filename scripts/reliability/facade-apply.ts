// The facade's apply under faults: a deployment document applied through the fault proxy (every fault kind,
// answers lost after Nova or Neutron acted included), re-run until it succeeds. Then a clean count: exactly one
// object per resource, a second apply with nothing to do, and a destroy that leaves nothing.
import { randomBytes } from 'node:crypto';
import type { OpenStackNodeDriver } from '../../src/drivers/openstack/v1-1/driver.ts';
import { createFacade, parseDocument } from '../../src/facade/index.ts';
import { type FaultKind, startFaultProxy } from '../../test/helpers/fault-proxy.ts';
import { NEUTRON, NOVA, openDriver, type RunDir } from './cloud.ts';
import { KINDS as IDEMPOTENT_KINDS } from './idempotent.ts';
import { type Row, tally } from './stats.ts';

const KINDS: readonly FaultKind[] = [...IDEMPOTENT_KINDS, 'lose-answer'];
const RESOURCES = ['net', 'subnet', 'router', 'sg', 'web1', 'web2'] as const;

function document(deployment: string, cidr: string): string {
  return `
deployment: ${deployment}
concurrency: 4
resources:
  public: {kind: network, managed: false, name: public}
  sg: {kind: securityGroup, properties: {rules: [{direction: ingress, protocol: tcp, portMin: 22}]}}
  net: {kind: network}
  subnet: {kind: subnet, properties: {network: {ref: net}, cidr: ${cidr}}}
  router: {kind: router, properties: {externalNetwork: {ref: public}, interfaces: [{ref: subnet}]}}
  web1: {kind: server, dependsOn: [subnet], properties: {image: stratus-tiny, flavor: m1.nano, networks: [{ref: net}], securityGroups: [{ref: sg}]}}
  web2: {kind: server, dependsOn: [subnet], properties: {image: stratus-tiny, flavor: m1.nano, networks: [{ref: net}]}}
  fip: {kind: floatingIp, dependsOn: [router], properties: {network: {ref: public}, server: {ref: web1}}}
`;
}

/** How many objects of the deployment exist, per resource (by deterministic name; floating IPs by mark). */
async function census(driver: OpenStackNodeDriver, deployment: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const add = (name: string): void => {
    if (!name.startsWith(`${deployment}-`)) return;
    const resource = name.slice(deployment.length + 1);
    counts[resource] = (counts[resource] ?? 0) + 1;
  };
  for await (const n of driver.networking.listNetworks()) add(n.name);
  for await (const s of driver.networking.listSubnets()) add(s.name);
  for await (const r of driver.networking.listRouters()) add(r.name);
  for await (const g of driver.securityGroups.listSecurityGroups()) add(g.name);
  for await (const node of driver.listNodes()) add(node.name);
  const fips = await driver.marks.listMarked('floatingIp', [`stratus:${deployment}/fip`]);
  for await (const f of driver.floatingIps.listFloatingIps()) {
    if (fips.includes(f.id) || f.description === `stratus:${deployment}/fip`) add(`${deployment}-fip`);
  }
  return counts;
}

/**
 * Applies a 7-resource document through the fault proxy at `rate` until an apply succeeds (at most 8 runs),
 * then checks with a clean driver that each resource exists once, that a second apply changes nothing, and
 * that destroy leaves nothing.
 *
 * @param seed - The proxies' seed.
 * @param rate - The fault rate.
 * @param dir - The run directory.
 * @returns The table row.
 */
export async function facadeApplyUnderFaults(seed: number, rate: number, dir: RunDir): Promise<Row> {
  const plan = { rate, kinds: KINDS, seed, stallMs: 1500 };
  const nova = await startFaultProxy(NOVA, plan);
  const neutron = await startFaultProxy(NEUTRON, { ...plan, seed: seed + 1000 });
  const lossy = await openDriver({
    compute: nova.url,
    network: neutron.url,
    transcript: dir.transcript(`facade-seed${seed}`),
  });
  const clean = await openDriver({ transcript: dir.transcript(`facade-clean-seed${seed}`) });
  const deployment = `t-rel-facade-${randomBytes(3).toString('hex')}`;
  const doc = parseDocument(document(deployment, `10.${90 + seed}.${randomBytes(1)[0]}.0/24`));
  const errors: string[] = [];
  let runs = 0;
  let applied = false;
  let counts: Record<string, number> = {};
  let second = { ok: false, changed: -1 };
  let left: Record<string, number> = { unknown: 1 };
  try {
    const facade = createFacade(lossy.driver);
    while (!applied && runs < 8) {
      runs++;
      const report = await facade.apply(doc);
      applied = report.ok;
      for (const r of report.resources) if (r.error !== undefined) errors.push(`${r.name}: ${r.error}`);
    }
    counts = await census(clean.driver, deployment);
    const again = await createFacade(clean.driver).apply(doc);
    second = {
      ok: again.ok,
      changed: again.resources.filter((r) => r.action !== 'keep' && r.action !== 'observe').length,
    };
  } finally {
    await createFacade(clean.driver)
      .destroy(doc)
      .catch((e: unknown) => errors.push(`destroy: ${String(e)}`));
    left = await census(clean.driver, deployment);
    await lossy.session.close();
    await clean.session.close();
    await nova.close();
    await neutron.close();
  }
  for (const error of errors.slice(0, 5)) console.error(`  facade apply: ${error.slice(0, 200)}`);
  const injected = tally(
    [nova.injected, neutron.injected].flatMap((counts) =>
      Object.entries(counts).flatMap(([kind, n]) => Array.from({ length: n }, () => kind)),
    ),
  );
  const perResource = [...RESOURCES, 'fip'].map((r) => String(counts[r] ?? 0));
  const exact = perResource.every((n) => n === '1');
  return {
    scenario: `facade apply, ${Math.round(rate * 100)} % faults, seed ${seed}`,
    result:
      `applied after ${runs} run(s) (${errors.length} resource errors on the way); objects per resource: ` +
      `${tally(perResource)}; second apply: ${second.changed} changes; left after destroy: ` +
      `${Object.keys(left).length}; faults injected: ${injected}`,
    ok: applied && exact && second.ok && second.changed === 0 && Object.keys(left).length === 0,
  };
}
