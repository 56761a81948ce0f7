/**
 * A queued Create's job (`heat.create_accept: queued`): the job sends the stack POST with the request's tag,
 * once per request however often it runs; another stack of the name is RESOURCE_ALREADY_EXISTS; a template Heat
 * refuses is INFRASTRUCTURE_ERROR; the completion names the stack, and a second stack of the tag (a POST
 * repeated by a crashed run) is deleted. A fake Heat on loopback plays each case.
 */
import { createTransport } from 'stratus';
import { createServiceClient } from 'stratus/openstack';
import { afterEach, describe, expect, it } from 'vitest';
import { LocationCipher } from '../../src/jobs/location-cipher.ts';
import { createMonitor } from '../../src/jobs/monitor.ts';
import type { MonitorJob } from '../../src/jobs/monitor-job.ts';
import type { JsonValue } from '../../src/jobs/queue.ts';
import type { QueuedCreate } from '../../src/lifecycle/heat/create-spec.ts';
import { requestTag } from '../../src/lifecycle/heat/queued-create.ts';
import { createLogger } from '../../src/log/logger.ts';
import { MemoryCompletionPublisher } from '../../src/messaging/completion.ts';
import { type FakeHeat, fakeHeat } from '../helpers/fake-heat.ts';

const NAME = 'web.r-1';
const REQUEST = `Create::${NAME}::0b6c0c1e-7d55-4b43-9f43-1c2b3d4e5f60`;
const TAG = requestTag(REQUEST);
const PRIVATE_KEY =
  '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIFakeFakeFake\n-----END PRIVATE KEY-----\n';

let heat: FakeHeat | undefined;
afterEach(() => {
  heat?.server.closeAllConnections();
  heat?.server.close();
});

function setup(fake: FakeHeat) {
  const cipher = new LocationCipher(LocationCipher.randomKey());
  const publisher = new MemoryCompletionPublisher();
  const logs: string[] = [];
  const client = createServiceClient({
    serviceType: 'orchestration',
    name: 'Heat',
    endpoint: fake.url,
    send: createTransport({ timeoutMs: 5_000 }).send,
  });
  const monitor = createMonitor(
    {
      pool: {
        client: () => Promise.resolve(client),
        facade: () => {
          throw new Error('no facade in these tests');
        },
      },
      cipher,
      publisher,
      logger: createLogger({ write: (l) => logs.push(l) }),
    },
    { pollMinMs: 10 },
  );
  const create: QueuedCreate = {
    name: NAME,
    template: {
      heat_template_version: '2016-10-14',
      parameters: { flavor: {}, k_private: {}, word: { hidden: true } },
      resources: {},
    },
    files: {},
    parameters: { flavor: 'm1.nano', k_private: PRIVATE_KEY, word: 'hidden-word' },
    kind: 'HEAT',
    tag: TAG,
  };
  const job: MonitorJob = {
    requestId: REQUEST,
    lifecycle: 'Create',
    location: cipher.seal({ name: 'dl', type: 'Openstack', properties: {} }),
    trace: {},
    deadlineAt: Date.now() + 60_000,
    errors: 0,
    create: cipher.sealJson(create as JsonValue),
  };
  const signal = new AbortController().signal;
  /** Runs the job until it is done, as the queue would. */
  const runToEnd = async () => {
    let payload = job;
    for (let attempt = 1; attempt < 10; attempt += 1) {
      const outcome = await monitor({ id: 'j', payload, attempt, notBefore: 0 }, signal);
      if (outcome.kind === 'done') return;
      payload = outcome.payload ?? payload;
    }
    throw new Error('the job never finished');
  };
  return { publisher, logs, runToEnd, job, monitor, signal };
}

const posts = (fake: FakeHeat) => fake.seen.filter((s) => s.startsWith('POST'));

describe('queued Create', () => {
  it('sends the POST with the request tag, then polls; the completion names the stack', async () => {
    heat = await fakeHeat('ok');
    const { publisher, runToEnd } = setup(heat);
    await runToEnd();
    expect(posts(heat)).toHaveLength(1);
    expect(posts(heat)[0]).toContain(`"tags":"${TAG}"`);
    expect(publisher.published.map((p) => p.record)).toEqual([
      {
        requestId: REQUEST,
        status: 'COMPLETE',
        outputs: { private_ip: '10.0.0.7' },
        associatedTopology: { InfrastructureStack: { id: 'id-1', type: 'Openstack' } },
        version: '1.0.0',
      },
    ]);
  });

  it('a run after a crash: its POST gets 409, it finds the tagged stack and makes none; a second stack of the tag is deleted', async () => {
    heat = await fakeHeat('ok', [
      { id: 'first', name: NAME, tags: [TAG], created: '2026-12-04T10:00:01' },
      { id: 'second', name: NAME, tags: [TAG], created: '2026-12-04T10:00:02' },
    ]);
    const { publisher, logs, runToEnd } = setup(heat);
    await runToEnd();
    expect(posts(heat)).toHaveLength(1);
    expect(heat.seen).toContain(`DELETE /v1/p/stacks/${NAME}/second`);
    expect(heat.stacks.map((s) => s.id)).toEqual(['first']);
    expect(publisher.published[0]?.record.associatedTopology).toEqual({
      InfrastructureStack: { id: 'first', type: 'Openstack' },
    });
    expect(logs.some((l) => l.includes('second stack of a repeated Create removed'))).toBe(true);
    expect(logs.some((l) => l.includes('Create found its stack, sent by an earlier run'))).toBe(true);
  });

  it('another stack of the name: FAILED / RESOURCE_ALREADY_EXISTS naming it, nothing made or deleted', async () => {
    heat = await fakeHeat('ok', [{ id: 'theirs', name: NAME, tags: [], created: '2026-12-01T10:00:00' }]);
    const { publisher, runToEnd } = setup(heat);
    await runToEnd();
    expect(heat.seen.filter((s) => s.startsWith('DELETE'))).toEqual([]);
    expect(heat.stacks).toHaveLength(1);
    const record = publisher.published[0]?.record;
    expect(record?.failureDetails).toEqual({
      failureCode: 'RESOURCE_ALREADY_EXISTS',
      description: `Heat stack '${NAME}' already exists (theirs, CREATE_COMPLETE)`,
    });
    expect(record?.associatedTopology).toEqual({});
  });

  it('a 409 for a stack that shows up a moment later with the tag (a killed run POSTed it) is this request', async () => {
    heat = await fakeHeat('conflict-late');
    const { publisher, runToEnd } = setup(heat);
    await runToEnd();
    expect(posts(heat)).toHaveLength(1);
    expect(publisher.published[0]?.record.status).toBe('COMPLETE');
  });

  it('a template Heat refuses: FAILED / INFRASTRUCTURE_ERROR with Heat message, hidden and private inputs masked', async () => {
    heat = await fakeHeat('refuse');
    const { publisher, runToEnd } = setup(heat);
    await runToEnd();
    expect(publisher.published[0]?.record.failureDetails?.failureCode).toBe('INFRASTRUCTURE_ERROR');
    expect(publisher.published[0]?.record.failureDetails?.description).toMatch(
      /^Heat refused the HEAT template: .*Property error: flavor/,
    );
    const description = publisher.published[0]?.record.failureDetails?.description ?? '';
    expect(description).toContain('m1.nano'); // Heat's echo is kept, only secret values are masked
    expect(description).not.toContain('FakeFakeFake');
    expect(description).not.toContain('hidden-word');
  });

  it('a second record of a request already completed (re-delivered around a rebalance) sends no POST', async () => {
    heat = await fakeHeat('ok');
    const { publisher, logs, job, monitor, signal } = setup(heat);
    await publisher.publish(
      { requestId: REQUEST, status: 'COMPLETE', outputs: {}, associatedTopology: {}, version: '1.0.0' },
      {},
    );
    expect(await monitor({ id: 'j', payload: job, attempt: 1, notBefore: 0 }, signal)).toEqual({
      kind: 'done',
    });
    expect(heat.seen).toEqual([]);
    expect(publisher.published).toHaveLength(1);
    expect(logs.some((l) => l.includes('Create already completed; job record dropped'))).toBe(true);
  });

  it('a job whose lease ends mid-create (its partition revoked) goes back to the queue; no completion', async () => {
    heat = await fakeHeat('ok');
    const { publisher, job, monitor } = setup(heat);
    const lease = new AbortController();
    lease.abort(new Error('partition 3 was revoked'));
    const outcome = await monitor({ id: 'j', payload: job, attempt: 1, notBefore: 0 }, lease.signal);
    expect(outcome.kind).toBe('retry');
    expect(publisher.published).toEqual([]);
  });
});
