/**
 * `npm run brent:demo`: plays Brent against two driver replicas sharing one Kafka consumer group. Brings up the
 * local cloud and Kafka when needed; Creates helloworld-compute as HEAT and as TOSCA, waits for both
 * completions on Kafka and prints them (with the server's private IP), finds the neutron-network package,
 * Deletes both stacks, and checks nothing is left.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Consumer, MessagesStreamModes, stringDeserializers } from '@platformatic/kafka';
import { createSession, fromCloudsYaml } from 'stratus';
import { createServiceClient } from 'stratus/openstack';
import { connectCompute, createKeypair, deleteKeypair } from 'stratus/openstack/compute';
import { listStacks } from 'stratus/openstack/orchestration';
import { CLOUDS_YAML, osLocation } from '../test/helpers/local-cloud.ts';
import { driverFilesOf, FIXTURES } from '../test/helpers/packages.ts';
import { ensureCloud, ensureKafka, type Replica, startReplica, stopReplica } from './demo-services.ts';

const prefix = `brent-demo-${randomBytes(3).toString('hex')}`;
const CLOUD = 'stratus-demo';
const prop = (value: unknown) => ({ type: 'string', value });

async function post(replica: Replica, path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${replica.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      tenantId: 'demo-tenant',
      'x-tracectx-TransactionId': prefix,
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  console.log(`POST ${replica.url}${path} → ${response.status} ${JSON.stringify(json)}`);
  if (response.status >= 300) throw new Error(`${path} answered ${response.status}`);
  return json;
}

function createBody(kind: 'HEAT' | 'TOSCA') {
  const dir =
    kind === 'HEAT'
      ? join(FIXTURES, 'packages', 'helloworld-heat')
      : join(FIXTURES, 'example-resources', 'helloworld-compute', 'Lifecycle', 'openstack');
  return {
    lifecycleName: 'Create',
    driverFiles: driverFilesOf(dir),
    systemProperties: {
      resourceId: prop(`${prefix}-${kind.toLowerCase()}`),
      resourceName: prop('helloworld'),
    },
    resourceProperties: {
      key_name: prop(prefix),
      image: prop('stratus-tiny'),
      flavor: prop('m1.nano'),
      network: prop('demo-net'),
    },
    requestProperties: { 'template-type': prop(kind) },
    deploymentLocation: osLocation(CLOUD),
  };
}

async function main(): Promise<void> {
  ensureCloud();
  const bootstrap = ensureKafka();
  const env = {
    BRENT_JOB_QUEUE: 'kafka',
    BRENT_KAFKA_BOOTSTRAP: bootstrap,
    BRENT_JOB_KEY: randomBytes(32).toString('base64'),
    BRENT_GROUP_ID: `${prefix}-jobs`,
    BRENT_JOB_TOPIC: `${prefix}_job_queue`,
    LOG_LEVEL: 'warn',
  };
  const session = createSession(await fromCloudsYaml(CLOUD, { env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } }));
  const compute = await connectCompute({
    endpoint: await session.endpointFor({ type: 'compute' }),
    send: session.send,
  });
  await createKeypair(compute, { name: prefix });
  const replicas = [await startReplica(18292, env), await startReplica(18293, env)];
  const [a, b] = replicas as [Replica, Replica];
  console.log(`demo: replicas ${replicas.map((r) => `${r.url} (log ${r.logFile})`).join(', ')}`);
  const completions = new Map<string, Record<string, unknown>>();
  const consumer = new Consumer({
    clientId: `${prefix}-brent`,
    groupId: `${prefix}-brent`,
    bootstrapBrokers: [bootstrap],
    deserializers: stringDeserializers,
  });
  const stream = await consumer.consume({
    topics: ['lm_vnfc_lifecycle_execution_events'],
    mode: MessagesStreamModes.LATEST,
    maxWaitTime: 500,
  });
  stream.on('data', (message: { value: string; headers: Map<string, string> }) => {
    const record = JSON.parse(message.value) as Record<string, unknown>;
    completions.set(String(record.requestId), {
      ...record,
      '(tenantId header)': message.headers.get('tenantId'),
    });
  });
  const wait = async (requestId: string) => {
    const until = Date.now() + 600_000;
    while (!completions.has(requestId) && Date.now() < until) {
      const dead = replicas.find((r) => r.child.exitCode !== null || r.child.signalCode !== null);
      if (dead !== undefined) throw new Error(`replica ${dead.url} exited; its log: ${dead.logFile}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const record = completions.get(requestId);
    if (record === undefined) throw new Error(`no completion for ${requestId}`);
    console.log(`Kafka lm_vnfc_lifecycle_execution_events ← ${JSON.stringify(record)}`);
    return record;
  };
  let failed = false;
  try {
    const heat = await post(a, '/api/driver/lifecycle/execute', createBody('HEAT'));
    const tosca = await post(b, '/api/driver/lifecycle/execute', createBody('TOSCA'));
    // Brent keeps the topology of the 202 and merges that of the completion (a queued Create names its stack there)
    const topology = new Map<unknown, unknown>();
    for (const accepted of [heat, tosca]) {
      const record = await wait(String(accepted.requestId));
      failed ||= record.status !== 'COMPLETE';
      topology.set(accepted, {
        ...(accepted.associatedTopology as object),
        ...(record.associatedTopology as object),
      });
    }
    await post(a, '/api/driver/references/find', {
      instanceName: 'demo-net',
      driverFiles: driverFilesOf(
        join(FIXTURES, 'example-resources', 'neutron-network', 'Lifecycle', 'openstack'),
      ),
      deploymentLocation: osLocation(CLOUD),
    });
    for (const [replica, accepted] of [
      [b, heat],
      [a, tosca],
    ] as const) {
      const deleted = await post(replica, '/api/driver/lifecycle/execute', {
        ...createBody('HEAT'),
        lifecycleName: 'Delete',
        associatedTopology: topology.get(accepted),
      });
      failed ||= (await wait(String(deleted.requestId))).status !== 'COMPLETE';
    }
    const orchestration = createServiceClient({
      serviceType: 'orchestration',
      name: 'Heat',
      endpoint: await session.endpointFor({ type: 'orchestration' }),
      send: session.send,
    });
    const left: string[] = [];
    // Heat lists a stack as DELETE_COMPLETE for a moment before it hides it: that one is gone.
    for await (const stack of listStacks(orchestration)) {
      if (stack.name.includes(prefix) && stack.status !== 'DELETE_COMPLETE')
        left.push(`${stack.name} ${stack.status}`);
    }
    console.log(left.length === 0 ? 'demo: nothing left behind' : `demo: LEFT BEHIND ${left.join(', ')}`);
    failed ||= left.length > 0;
  } finally {
    await Promise.all(replicas.map(stopReplica));
    await deleteKeypair(compute, prefix).catch(() => undefined);
    await consumer.close(true);
    await session.close();
  }
  console.log(failed ? 'demo: FAILED' : 'demo: OK');
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
