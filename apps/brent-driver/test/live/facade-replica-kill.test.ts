/**
 * No-Heat mode survives losing the replica that runs the apply. Driver replicas are child processes
 * (`src/main.ts`) on one group of the shared Kafka, over the local cloud; a Create of a `stratus.yaml` package
 * (network, subnet, server) is applied by whichever replica consumes its job.
 * - SIGKILL: that replica is killed once the server exists but is not ACTIVE; the other takes the job over,
 *   runs the apply again and finishes it.
 * - Alive old owner: that replica is frozen (SIGSTOP) past the group session timeout, so the other takes the
 *   job over while the first still holds a run, then thawed (SIGCONT): it rejoins, and the replica that no
 *   longer holds the partition stops its run.
 * Both: exactly one completion (COMPLETE), one network, subnet and server, no document text on the job topic.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, fromCloudsYaml } from 'stratus';
import { createFacade } from 'stratus/facade';
import { OpenStackNodeDriver } from 'stratus/openstack';
import { afterAll, describe, expect, it } from 'vitest';
import { CLOUDS_YAML } from '../helpers/local-cloud.ts';
import { type DriverProcess, endDriverProcess } from './helpers/driver-process.ts';
import { CLOUD, countByName, type NoHeatScenario, noHeatScenario, until } from './helpers/noheat-scenario.ts';

const session = createSession(await fromCloudsYaml(CLOUD, { env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } }));
const facade = createFacade(new OpenStackNodeDriver({ session }));
const scenarios: NoHeatScenario[] = [];
const deployments: string[] = [];

afterAll(async () => {
  for (const s of scenarios) for (const r of s.replicas) r.child.kill('SIGCONT');
  for (const s of scenarios)
    for (const r of s.replicas)
      writeFileSync(join(tmpdir(), `${s.prefix}-${r.name}.log`), r.lines.join('\n'));
  await Promise.all(scenarios.flatMap((s) => s.replicas.map(endDriverProcess)));
  for (const d of deployments) await facade.destroy(d).catch(() => undefined);
  await session.close();
}, 300_000);

/** Starts two replicas and a Create; resolves once the server exists (still building) in the apply's replica. */
async function createMidApply(s: NoHeatScenario) {
  await s.addReplica('a');
  await s.addReplica('b');
  await s.stableGroup(); // a rebalance right after the Create is the other test's subject, not this one's
  const first = s.replicas[0] as DriverProcess;
  const { requestId, deployment } = await s.execute(first, 'Create');
  deployments.push(deployment);
  const owner = await until('a replica to start the apply', 60_000, () =>
    s.replicas.find((r) => s.logged(r, 'started', requestId)),
  );
  const other = s.replicas.find((r) => r !== owner) as DriverProcess;
  const building = await until('the server to exist', 120_000, () => facade.find('node', `${deployment}-vm`));
  return { requestId, deployment, owner, other, building };
}

/** The end state: one COMPLETE, one object per resource, a clean job topic; then Delete leaves nothing. */
async function expectOneOfEach(s: NoHeatScenario, requestId: string, deployment: string, via: DriverProcess) {
  const completion = await s.onlyCompletion(requestId);
  expect(completion.status).toBe('COMPLETE');
  expect(completion.outputs.private_ip).toMatch(/^10\.98\.\d+\.\d+$/);
  expect(await countByName('network', `${deployment}-net`)).toBe(1);
  expect(await countByName('subnet', `${deployment}-subnet`)).toBe(1);
  expect(await countByName('server', `${deployment}-vm`)).toBe(1);
  await s.checkJobTopic();
  const deleted = await s.execute(via, 'Delete', deployment);
  expect((await s.onlyCompletion(deleted.requestId)).status).toBe('COMPLETE');
  expect(await countByName('server', `${deployment}-vm`)).toBe(0);
  expect(await countByName('network', `${deployment}-net`)).toBe(0);
}

describe('no-Heat mode: the replica running an apply is lost', () => {
  it('SIGKILLed mid-apply: another replica finishes it, one COMPLETE, one object per resource', async () => {
    const s = noHeatScenario('kill');
    scenarios.push(s);
    const { requestId, deployment, owner, other, building } = await createMidApply(s);
    owner.child.kill('SIGKILL');
    const killedAt = Date.now();
    expect(building.state).not.toBe('running'); // killed mid-apply: the server was still being built
    await until('the survivor to take the apply over', 90_000, () =>
      s.logged(other, 'started', requestId) ? true : undefined,
    );
    const takeoverMs = Date.now() - killedAt;
    await expectOneOfEach(s, requestId, deployment, other);
    console.log(`SIGKILL: ${other.name} took the apply over ${takeoverMs} ms after the kill`);
  }, 900_000);

  it('frozen past the session timeout, then thawed: one replica keeps the run, one COMPLETE, one of each', async () => {
    const s = noHeatScenario('freeze');
    scenarios.push(s);
    const { requestId, deployment, owner, other, building } = await createMidApply(s);
    owner.child.kill('SIGSTOP');
    const frozenAt = Date.now();
    expect(building.state).not.toBe('running');
    await until('the other replica to take the apply over', 90_000, () =>
      s.logged(other, 'started', requestId) ? true : undefined,
    );
    const takeoverMs = Date.now() - frozenAt;
    owner.child.kill('SIGCONT'); // alive again, still holding its run until its rejoin says otherwise
    await expectOneOfEach(s, requestId, deployment, other);
    const stopped = s.replicas.filter((r) => s.logged(r, 'stopped', requestId)).map((r) => r.name);
    console.log(
      `SIGSTOP: ${other.name} took over ${takeoverMs} ms after the freeze; stopped on losing the job: [${stopped.join(', ')}]`,
    );
    expect(owner.child.exitCode).toBeNull(); // the old owner lived through it
  }, 900_000);
});
