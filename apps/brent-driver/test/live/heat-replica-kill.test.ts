/**
 * Queued Creates (`heat.create_accept: queued`) survive losing the replica that sends their stack POSTs. Two
 * driver replicas are child processes (`src/main.ts`) on one group of the shared Kafka, over the local cloud.
 * Ten Creates of a one-resource Heat package are accepted; the first replica to send a POST is SIGKILLed while
 * its other POSTs are still with Heat. The survivor takes its jobs over, looks for each stack by name and tag
 * before it sends, and finishes: exactly one completion per request, each naming its own stack, and exactly
 * one stack per request.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, fromCloudsYaml } from 'stratus';
import { createServiceClient } from 'stratus/openstack';
import { deleteStack, listStacks, type Stack } from 'stratus/openstack/orchestration';
import { afterAll, describe, expect, it } from 'vitest';
import { requestTag } from '../../src/lifecycle/heat/queued-create.ts';
import { callApi } from '../helpers/api-client.ts';
import { CLOUDS_YAML } from '../helpers/local-cloud.ts';
import { driverFilesOf, FIXTURES } from '../helpers/packages.ts';
import { type DriverProcess, endDriverProcess } from './helpers/driver-process.ts';
import { BOOTSTRAP, CLOUD, location, noHeatScenario, until } from './helpers/noheat-scenario.ts';
import { awaitCompletions, readTopic } from './helpers/topic-reader.ts';

const COUNT = 10;
const session = createSession(await fromCloudsYaml(CLOUD, { env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } }));
const s = noHeatScenario('hkill');

async function heat() {
  const endpoint = await session.endpointFor({ type: 'orchestration' });
  return createServiceClient({ serviceType: 'orchestration', name: 'Heat', endpoint, send: session.send });
}

async function stacksOfRun(): Promise<Stack[]> {
  const out: Stack[] = [];
  for await (const stack of listStacks(await heat())) if (stack.name.startsWith(s.prefix)) out.push(stack);
  return out;
}

afterAll(async () => {
  for (const r of s.replicas) writeFileSync(join(tmpdir(), `${s.prefix}-${r.name}.log`), r.lines.join('\n'));
  await Promise.all(s.replicas.map(endDriverProcess));
  const client = await heat();
  for (const stack of await stacksOfRun()) await deleteStack(client, stack).catch(() => undefined);
  await session.close();
}, 120_000);

function create(replica: DriverProcess, i: number) {
  const prop = (value: unknown) => ({ type: 'string', value });
  return callApi(replica.url, 'driver', '/lifecycle/execute', 'post', {
    lifecycleName: 'Create',
    driverFiles: driverFilesOf(join(FIXTURES, 'packages', 'tiny-heat')),
    systemProperties: { resourceId: prop(`r${i}`), resourceName: prop(s.prefix) },
    resourceProperties: { k: { type: 'key', keyName: `${s.prefix}-k`, privateKey: 'not-a-real-key' } },
    requestProperties: {},
    deploymentLocation: location,
  });
}

describe('queued Heat Creates: the replica sending the POSTs is lost', () => {
  it('SIGKILLed with POSTs in flight: the survivor finishes every request, one stack and one completion each', async () => {
    await s.addReplica('a');
    await s.addReplica('b');
    await s.stableGroup();
    const first = s.replicas[0] as DriverProcess;
    const started = performance.now();
    const accepted = await Promise.all(Array.from({ length: COUNT }, (_, i) => create(first, i)));
    const acceptMs = performance.now() - started;
    for (const r of accepted) expect([r.status, r.problem]).toEqual([202, undefined]);
    const ids = accepted.map((r) => (r.body as { requestId: string }).requestId);
    const sent = (r: DriverProcess) => r.lines.filter((l) => l.includes('Create sent to Heat')).length;
    const victim = await until('a replica to send a stack POST', 60_000, () =>
      s.replicas.find((r) => sent(r) > 0),
    );
    victim.child.kill('SIGKILL');
    const sentBeforeKill = sent(victim);
    const survivor = s.replicas.find((r) => r !== victim) as DriverProcess;
    const counts = await awaitCompletions(BOOTSTRAP, s.names.completions, ids, 300_000);
    const records = (await readTopic(BOOTSTRAP, s.names.completions)).map(
      (r) =>
        JSON.parse(r.value.toString('utf8')) as {
          requestId: string;
          status: string;
          associatedTopology: { InfrastructureStack?: { id: string } };
        },
    );
    const live = (await stacksOfRun()).filter((st) => !st.status.startsWith('DELETE'));
    const removed = survivor.lines.filter((l) => l.includes('second stack of a repeated Create removed'));
    const found = survivor.lines.filter((l) => l.includes('Create found its stack, sent by an earlier run'));
    console.log(
      `heat kill: ${COUNT} accepted in ${acceptMs.toFixed(0)} ms; ${victim.name} killed after sending ${sentBeforeKill} ` +
        `POSTs; the survivor found ${found.length} stacks the killed replica had sent; completions ${records.length}; ` +
        `stacks ${live.length}; second stacks removed ${removed.length}`,
    );
    expect(ids.map((id) => counts.get(id))).toEqual(ids.map(() => 1));
    expect(records).toHaveLength(COUNT);
    expect(live).toHaveLength(COUNT);
    for (const id of ids) {
      const record = records.find((r) => r.requestId === id);
      expect(record?.status).toBe('COMPLETE');
      const stack = live.find((st) => st.id === record?.associatedTopology.InfrastructureStack?.id);
      expect(stack?.name).toBe(id.split('::')[1]);
      expect(stack?.tags).toEqual([requestTag(id)]);
    }
  }, 420_000);
});
