/**
 * The Kafka job queue and completions against a private broker (so killing it disturbs no other suite) and the
 * local cloud: three driver replicas take 30 concurrent Creates and commit exactly one completion per request;
 * a replica SIGKILLed mid-poll loses none of its jobs to the others; a broker SIGKILLed and restarted mid-run
 * loses nothing; and at the end no record on any topic holds a password, token or private key.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createSession, fromCloudsYaml } from 'stratus';
import { createServiceClient } from 'stratus/openstack';
import { deleteStack, listStacks } from 'stratus/openstack/orchestration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../helpers/api-client.ts';
import { CLOUDS_YAML, osLocation } from '../helpers/local-cloud.ts';
import { driverFilesOf, FIXTURES } from '../helpers/packages.ts';
import { PLANTED_PASSWORD } from './helpers/fake-request.ts';
import { startKafkaDrivers } from './helpers/kafka-drivers.ts';
import { type PrivateKafka, startPrivateKafka } from './helpers/local-kafka.ts';
import {
  enqueue,
  firstToPoll,
  type ScenarioNames,
  startReplicas,
  startWorker,
  stopReplicas,
  stopWorker,
} from './helpers/queue-replicas.ts';
import { cloudsYamlPasswords, scanTopics, topicsOf } from './helpers/secret-scan.ts';
import { awaitCompletions, readTopic, writeRecord } from './helpers/topic-reader.ts';

const run = `t-brent3-${randomUUID().slice(0, 6)}`;
const CLOUD = 'stratus-demo';
const session = createSession(await fromCloudsYaml(CLOUD, { env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } }));
const privateKey = generateKeyPairSync('ed25519')
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString();
const tokens: string[] = [];

const names = (scenario: string): ScenarioNames => ({
  jobs: `${run}-${scenario}-jobs`,
  completions: `${run}-${scenario}-done`,
  group: `${run}-${scenario}`,
});

function tally(ids: readonly string[], counts: Map<string, number>) {
  const lost = ids.filter((id) => !counts.has(id));
  const duplicates = [...counts.values()].reduce((sum, c) => sum + (c - 1), 0);
  return { lost, duplicates };
}

function header(headers: Map<Buffer, Buffer>, name: string): string | undefined {
  for (const [key, value] of headers) if (key.toString() === name) return value.toString();
  return undefined;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function heat() {
  tokens.push(await session.token());
  const endpoint = await session.endpointFor({ type: 'orchestration' });
  return createServiceClient({ serviceType: 'orchestration', name: 'Heat', endpoint, send: session.send });
}

async function stacksOfRun() {
  const stacks = [];
  for await (const stack of listStacks(await heat())) if (stack.name.includes(run)) stacks.push(stack);
  return stacks;
}

describe('Kafka job queue and completions (private broker, local cloud)', () => {
  let kafka: PrivateKafka;

  beforeAll(async () => {
    kafka = await startPrivateKafka();
  });

  afterAll(async () => {
    const client = await heat();
    for (const stack of await stacksOfRun()) await deleteStack(client, stack).catch(() => undefined);
    await session.close();
    await kafka?.stop();
  });

  it('3 driver replicas, 30 concurrent Creates: 30 stacks, exactly 30 COMPLETE completions, one per requestId', async () => {
    const n = names('create');
    const replicas = await startKafkaDrivers(kafka.bootstrap, n, 3);
    const driverFiles = driverFilesOf(join(FIXTURES, 'packages', 'tiny-heat'));
    const location = osLocation(CLOUD);
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        callApi(
          replicas.drivers[i % 3]?.url ?? '',
          'driver',
          '/lifecycle/execute',
          'post',
          {
            lifecycleName: 'Create',
            driverFiles,
            systemProperties: {
              resourceId: { type: 'string', value: `${run}-${i}` },
              resourceName: { type: 'string', value: `${run}-tiny` },
            },
            resourceProperties: { k: { type: 'key', keyName: `${run}-k`, privateKey } },
            requestProperties: {},
            deploymentLocation: location,
          },
          { tenantId: 'tenant-b3' },
        ),
      ),
    );
    const acceptedMs = performance.now() - started;
    for (const r of responses) expect([r.status, r.problem]).toEqual([202, undefined]);
    const ids = responses.map((r) => (r.body as { requestId: string }).requestId);
    const counts = await awaitCompletions(kafka.bootstrap, n.completions, ids, 240_000);
    const doneMs = performance.now() - started;
    await replicas.stop();
    const records = await readTopic(kafka.bootstrap, n.completions, 1_000);
    const aborted = (await readTopic(kafka.bootstrap, n.completions, 1_000, true)).length - records.length;
    const { lost, duplicates } = tally(ids, counts);
    const stacks = await stacksOfRun();
    console.log(
      `create: 30 accepted in ${acceptedMs.toFixed(0)} ms, all complete ${doneMs.toFixed(0)} ms; stacks ${stacks.length}, ` +
        `completions ${records.length}, lost ${lost.length}, duplicates ${duplicates}, aborted copies ${aborted}`,
    );
    expect(lost).toEqual([]);
    expect(duplicates).toBe(0);
    expect(records).toHaveLength(30);
    for (const record of records) {
      expect(JSON.parse(record.value.toString('utf8'))).toMatchObject({ status: 'COMPLETE' });
      expect(header(record.headers, 'tenantId')).toBe('tenant-b3');
    }
    expect(stacks).toHaveLength(30);
    expect(stacks.every((s) => s.status === 'CREATE_COMPLETE')).toBe(true);
    expect(replicas.logs.join('\n')).not.toContain(String(location.properties.os_auth_password));
  });

  it('a replica SIGKILLed mid-poll: the others finish its jobs, none lost, none completed twice', async () => {
    const n = names('sigkill');
    const workers = await Promise.all(
      ['w0', 'w1', 'w2'].map((name) => startWorker(kafka.bootstrap, n, name)),
    );
    const ids = await enqueue(kafka.bootstrap, n, 30, 8);
    const victim = await firstToPoll(workers, 3);
    const killedAt = Date.now();
    victim.child.kill('SIGKILL');
    const counts = await awaitCompletions(kafka.bootstrap, n.completions, ids, 150_000);
    const tookMs = Date.now() - killedAt;
    for (const w of workers) if (w !== victim) await stopWorker(w);
    const { lost, duplicates } = tally(ids, counts);
    console.log(
      `sigkill: ${victim.name} killed after polling ${victim.polled.size} requests; all done ${tookMs} ms later; lost ${lost.length}, duplicates ${duplicates}`,
    );
    expect(victim.polled.size).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(duplicates).toBe(0);
  });

  it('the broker SIGKILLed and restarted mid-run: every request still completes, once', async () => {
    const n = names('broker');
    const replicas = await startReplicas(kafka.bootstrap, n, 3);
    const ids = await enqueue(kafka.bootstrap, n, 30, 6);
    while (replicas.reduce((sum, r) => sum + r.polls, 0) < 20) await sleep(100);
    const before = performance.now();
    await kafka.restart();
    const restartMs = performance.now() - before;
    const counts = await awaitCompletions(kafka.bootstrap, n.completions, ids, 180_000);
    await stopReplicas(replicas);
    const { lost, duplicates } = tally(ids, counts);
    const skipped = replicas.reduce((sum, r) => sum + r.publisher.duplicatesSkipped, 0);
    console.log(
      `broker: restart ${restartMs.toFixed(0)} ms; lost ${lost.length}, duplicates ${duplicates}, re-runs that found their completion committed ${skipped}`,
    );
    expect(lost).toEqual([]);
    expect(duplicates).toBe(0);
  });

  it('no record on any topic of the broker holds a password, token or private key', async () => {
    const topics = await topicsOf(kafka.bootstrap);
    const secrets = [...cloudsYamlPasswords(), ...tokens, privateKey, PLANTED_PASSWORD];
    const scan = await scanTopics(kafka.bootstrap, topics, secrets);
    console.log(
      `scan: ${scan.records} records on ${scan.topics} topics, ${secrets.length} secrets, hits ${scan.hits.length}`,
    );
    expect(scan.hits).toEqual([]);
    expect(topics).toEqual(expect.arrayContaining([names('create').jobs, names('create').completions]));
    expect(scan.records).toBeGreaterThan(150);
    // the scan itself finds what it looks for: a canary record with a token-shaped string and a key
    const canary = `canary-${run}`;
    await writeRecord(kafka.bootstrap, canary, `token gAAAAA${'x'.repeat(80)} key ${privateKey}`);
    const caught = await scanTopics(kafka.bootstrap, [canary], secrets);
    expect(caught.hits).toHaveLength(3);
  });
});
