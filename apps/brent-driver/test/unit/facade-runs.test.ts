/**
 * No-Heat mode: the apply runs in the replica that consumes the monitoring job. Over an in-memory provider (the
 * facade's own document tests use it): the first poll starts the run; a "new replica" (a fresh monitor, empty
 * map) given the job after the first one lost it starts again and the apply converges with one object per
 * resource; the job record holds no document text in clear; the deadline stops a local run; an old job with a
 * handle is still polled.
 */
import {
  applyDirect,
  type DeploymentEngine,
  type DirectProvider,
  type DocumentKind,
  destroyDirect,
  type KindBackend,
  type OperationStatus,
  planDirect,
} from 'stratus/facade';
import { describe, expect, it } from 'vitest';
import {
  type MemoryProvider,
  memoryProvider,
} from '../../../../test/unit/facade/document/memory-provider.ts';
import { LocationCipher } from '../../src/jobs/location-cipher.ts';
import { MemoryJobQueue } from '../../src/jobs/memory-queue.ts';
import { createMonitor, type MonitorPool } from '../../src/jobs/monitor.ts';
import type { MonitorJob } from '../../src/jobs/monitor-job.ts';
import { executeLifecycle } from '../../src/lifecycle/execute.ts';
import { parseFacadeSource, toFacadeSource } from '../../src/lifecycle/facade/document.ts';
import { FacadeRuns } from '../../src/lifecycle/facade/runs.ts';
import { SessionPool } from '../../src/location/session-pool.ts';
import { createLogger } from '../../src/log/logger.ts';
import { MemoryCompletionPublisher } from '../../src/messaging/completion.ts';
import { driverFilesFrom } from '../helpers/packages.ts';

const MARKER = 'user-data-marker-7f3a';
const DOCUMENT = `
deployment: replaced
parameters:
  flavor: {default: m1.small}
resources:
  net: {kind: network}
  subnet: {kind: subnet, properties: {network: {ref: net}, cidr: 10.1.0.0/24}}
  sg: {kind: securityGroup}
  vm:
    kind: server
    dependsOn: [subnet]
    properties:
      image: cirros
      flavor: {param: flavor}
      networks: [{ref: net}]
      securityGroups: [{ref: sg}]
      userData: "#!/bin/sh\\necho ${MARKER}"
outputs:
  net_id: {value: {ref: net}}
`;
const LOCATION = {
  name: 'dl',
  type: 'Openstack',
  properties: {
    os_api_url: 'http://127.0.0.1:9/',
    os_auth_api: 'v3',
    os_auth_username: 'jack',
    os_auth_password: 'secret-pass',
    os_auth_project_name: 'p',
  },
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The memory provider with every create taking `ms` (so a run can be caught in the middle). */
function slowProvider(ms: number): MemoryProvider {
  const provider = memoryProvider([
    { kind: 'image', name: 'cirros' },
    { kind: 'flavor', name: 'm1.tiny' },
  ]);
  const backends: KindBackend<DocumentKind>[] = Object.values(provider.backends);
  for (const backend of backends) {
    const create = backend.create.bind(backend);
    backend.create = async (spec, deployment, resolver, signal) => {
      await sleep(ms);
      return create(spec, deployment, resolver, signal);
    };
  }
  return provider;
}

function poolOver(provider: DirectProvider, status?: OperationStatus): MonitorPool {
  const engine: DeploymentEngine = {
    name: 'direct',
    plan: (doc, signal) => planDirect(doc, provider, signal),
    apply: (doc, options) => applyDirect(doc, provider, options),
    destroy: (target, options) => destroyDirect(target, provider, options),
  };
  return {
    client: () => Promise.reject(new Error('no Heat in no-Heat mode')),
    facade: () => ({
      engine: () => engine,
      status: () => (status === undefined ? Promise.reject(new Error('no handle')) : Promise.resolve(status)),
    }),
  };
}

/** Accepts a Create like the HTTP route does and returns the queued job. */
async function acceptCreate(cipher: LocationCipher, flavor = 'm1.tiny'): Promise<MonitorJob> {
  const queue = new MemoryJobQueue<MonitorJob>();
  const accepted = await executeLifecycle(
    {
      pool: new SessionPool(),
      queue,
      cipher,
      logger: createLogger({ write: () => undefined }),
      deadlineMs: 60_000,
      firstPollDelayMs: 0,
      adoptSkipStatusCheck: false,
    },
    {
      lifecycleName: 'Create',
      driverFiles: driverFilesFrom({ 'stratus.yaml': DOCUMENT }),
      systemProperties: {
        resourceId: { type: 'string', value: 'r1' },
        resourceName: { type: 'string', value: 'web' },
      },
      resourceProperties: { flavor: { type: 'string', value: flavor } },
      requestProperties: {},
      deploymentLocation: LOCATION,
      associatedTopology: {},
    },
    { tenantId: 't1', trace: {} },
  );
  expect(Object.keys(accepted.associatedTopology)).toEqual(['StratusDeployment']);
  expect(accepted.associatedTopology.StratusDeployment?.id).toMatch(/^web-[0-9a-f]{12}$/);
  const job = queue.waiting[0]?.payload;
  if (job === undefined) throw new Error('no job queued');
  return job;
}

function sealedOf(job: MonitorJob): string {
  return job.facade !== undefined && 'document' in job.facade ? job.facade.document : '';
}

function setup(provider: MemoryProvider) {
  const cipher = new LocationCipher(LocationCipher.randomKey());
  const publisher = new MemoryCompletionPublisher();
  const deps = {
    pool: poolOver(provider),
    cipher,
    publisher,
    logger: createLogger({ write: () => undefined }),
  };
  return { cipher, publisher, replica: () => createMonitor(deps, { pollMinMs: 5 }) };
}

function ownedCounts(provider: MemoryProvider): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of provider.objects.values())
    if (o.owner !== undefined) counts.set(o.owner, (counts.get(o.owner) ?? 0) + 1);
  return counts;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 5) {
    if (waited > 5_000) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

describe('no-Heat runs in the job consumer', () => {
  it('the job carries the document sealed: no document text, user data or parameter value in clear', async () => {
    const { cipher } = setup(slowProvider(0));
    const job = await acceptCreate(cipher, 'flavor-value-in-clear');
    const record = JSON.stringify(job);
    expect(job.facade).toMatchObject({ kind: 'apply' });
    const sealed = sealedOf(job);
    expect(sealed).toMatch(/^v1\./);
    for (const clear of [MARKER, 'securityGroup', 'flavor-value-in-clear', 'secret-pass', '10.1.0.0'])
      expect(record).not.toContain(clear);
    expect(JSON.stringify(cipher.openJson(sealed))).toContain(MARKER);
  });

  it('the first poll starts the run here; a new replica given the job after the first lost it finishes it, one object each', async () => {
    const provider = slowProvider(40);
    const { cipher, publisher, replica } = setup(provider);
    const job = await acceptCreate(cipher);
    const first = new MemoryJobQueue<MonitorJob>();
    await first.start(replica());
    await first.enqueue(job.requestId, job);
    await until(() => provider.mutations.length >= 1, 'the first create');
    await first.stop(); // the replica loses the job: its run stops, the job is handed back
    const handedBack = first.waiting;
    expect(handedBack).toHaveLength(1);
    const createdByFirst = provider.mutations.length;
    await sleep(150);
    expect(provider.mutations.length).toBeLessThanOrEqual(createdByFirst + 1); // at most the create in flight
    expect(provider.mutations).not.toContain('create vm'); // the run stopped before its last resource

    const second = new MemoryJobQueue<MonitorJob>();
    await second.start(replica());
    await second.enqueue(job.requestId, handedBack[0]?.payload ?? job);
    await until(() => publisher.published.length > 0, 'the completion');
    await second.stop();
    expect(publisher.published).toHaveLength(1);
    expect(publisher.published[0]?.record).toMatchObject({ requestId: job.requestId, status: 'COMPLETE' });
    expect(publisher.published[0]?.record.outputs.net_id).toMatch(/^network-\d+$/);
    expect(ownedCounts(provider)).toEqual(
      new Map([
        ['net', 1],
        ['subnet', 1],
        ['sg', 1],
        ['vm', 1],
      ]),
    );
    expect(new Set(provider.mutations).size).toBe(provider.mutations.length);
  });

  it('a replica that lost the job and is given it back waits for its stopped run before starting again', async () => {
    const provider = slowProvider(40);
    const { cipher, publisher, replica } = setup(provider);
    const job = await acceptCreate(cipher);
    const monitor = replica();
    const lost = new AbortController();
    await monitor({ id: job.requestId, payload: job, attempt: 1, notBefore: 0 }, lost.signal);
    await until(() => provider.mutations.length >= 1, 'the first create');
    lost.abort(); // the partition went to another replica, and came back at once
    const back = new AbortController().signal;
    await monitor({ id: job.requestId, payload: job, attempt: 2, notBefore: 0 }, back);
    const creates = () => provider.mutations.filter((m) => m === 'create subnet').length;
    for (let attempt = 3; publisher.published.length === 0; attempt++) {
      expect(creates()).toBeLessThanOrEqual(1); // never two runs of the request in this process at once
      await monitor({ id: job.requestId, payload: job, attempt, notBefore: 0 }, back);
      await sleep(5);
    }
    expect(publisher.published[0]?.record.status).toBe('COMPLETE');
    expect(ownedCounts(provider)).toEqual(
      new Map([
        ['net', 1],
        ['subnet', 1],
        ['sg', 1],
        ['vm', 1],
      ]),
    );
  });

  it('a second record of a request already completed does not run the apply again', async () => {
    const provider = slowProvider(0);
    const { cipher, publisher, replica } = setup(provider);
    const job = await acceptCreate(cipher);
    const monitor = replica();
    const lease = new AbortController().signal;
    for (let attempt = 1; publisher.published.length === 0; attempt++) {
      await monitor({ id: job.requestId, payload: job, attempt, notBefore: 0 }, lease);
      await sleep(5);
    }
    const mutations = provider.mutations.length;
    const stale = await monitor({ id: job.requestId, payload: job, attempt: 1, notBefore: 0 }, lease);
    expect(stale).toEqual({ kind: 'done' });
    await sleep(50);
    expect(provider.mutations).toHaveLength(mutations);
    expect(publisher.published).toHaveLength(1);
  });

  it('a second record polled while the completion is being sent gets the same outcome, not a new run', async () => {
    const provider = slowProvider(0);
    const events: string[] = [];
    const runs = new FacadeRuns((event) => events.push(event));
    const cipher = new LocationCipher(LocationCipher.randomKey());
    const job = await acceptCreate(cipher);
    const request = {
      requestId: job.requestId,
      kind: 'apply' as const,
      lease: new AbortController().signal,
      document: () => parseFacadeSource(toFacadeSource(cipher.openJson(sealedOf(job)))),
    };
    const facade = poolOver(provider).facade(LOCATION);
    let outcome = runs.poll(facade, request);
    while (outcome.state === 'IN_PROGRESS') {
      await sleep(5);
      outcome = runs.poll(facade, request);
    }
    expect(outcome.state).toBe('COMPLETE');
    expect(runs.poll(facade, request)).toBe(outcome);
    expect(events).toEqual(['started']);
    expect(runs.has(job.requestId)).toBe(false);
  });

  it('past the deadline a local run is stopped and the request FAILED as timed out', async () => {
    const provider = slowProvider(40);
    const { cipher, publisher, replica } = setup(provider);
    const job = await acceptCreate(cipher);
    const monitor = replica();
    const lease = new AbortController().signal;
    expect(await monitor({ id: job.requestId, payload: job, attempt: 1, notBefore: 0 }, lease)).toEqual({
      kind: 'retry',
      delayMs: 5,
    });
    await until(() => provider.mutations.length >= 1, 'the first create');
    const late = { ...job, deadlineAt: Date.now() - 1 };
    expect(await monitor({ id: job.requestId, payload: late, attempt: 2, notBefore: 0 }, lease)).toEqual({
      kind: 'done',
    });
    expect(publisher.published[0]?.record.failureDetails?.description).toMatch(
      /Create of the deployment timed out/,
    );
    const at = provider.mutations.length;
    await sleep(200);
    expect(provider.mutations.length).toBeLessThanOrEqual(at + 1); // at most the create in flight
    expect(provider.mutations).not.toContain('create vm'); // the run stopped before its last resource
  });

  it('a failed run is FAILED with the facade failure code; an old job with a handle is polled as before', async () => {
    const provider = slowProvider(0);
    provider.failCreate.add('subnet');
    const { cipher, publisher, replica } = setup(provider);
    const job = await acceptCreate(cipher);
    const monitor = replica();
    const lease = new AbortController().signal;
    for (let attempt = 1; publisher.published.length === 0; attempt++) {
      await monitor({ id: job.requestId, payload: job, attempt, notBefore: 0 }, lease);
      await sleep(5);
    }
    expect(publisher.published[0]?.record).toMatchObject({
      status: 'FAILED',
      failureDetails: { failureCode: 'INFRASTRUCTURE_ERROR' },
    });
    expect(publisher.published[0]?.record.failureDetails?.description).toMatch(
      /subnet: cannot create subnet/,
    );

    const old = createMonitor({
      pool: poolOver(provider, { state: 'COMPLETE', outputs: { ip: '10.0.0.5' }, topology: {} }),
      cipher,
      publisher,
      logger: createLogger({ write: () => undefined }),
    });
    const oldJob: MonitorJob = { ...job, facade: { handle: 'stratus-op.v1.e30' } };
    expect(await old({ id: job.requestId, payload: oldJob, attempt: 3, notBefore: 0 }, lease)).toEqual({
      kind: 'done',
    });
    expect(publisher.published[1]?.record).toMatchObject({ status: 'COMPLETE', outputs: { ip: '10.0.0.5' } });
  });
});
