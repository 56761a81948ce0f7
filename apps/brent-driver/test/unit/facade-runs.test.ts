/**
 * No-Heat mode: the apply runs in the replica that consumes the monitoring job. Over an in-memory provider (the
 * facade's own document tests use it): the first poll starts the run; a "new replica" (a fresh monitor, empty
 * map) given the job after the first one lost it starts again and the apply converges with one object per
 * resource; the job record holds no document text in clear; the deadline stops a local run; an old job with a
 * handle is still polled.
 */
import { describe, expect, it } from 'vitest';
import { LocationCipher } from '../../src/jobs/location-cipher.ts';
import { MemoryJobQueue } from '../../src/jobs/memory-queue.ts';
import { createMonitor } from '../../src/jobs/monitor.ts';
import type { MonitorJob } from '../../src/jobs/monitor-job.ts';
import { parseFacadeSource, toFacadeSource } from '../../src/lifecycle/facade/document.ts';
import { FacadeRuns } from '../../src/lifecycle/facade/runs.ts';
import { createLogger } from '../../src/log/logger.ts';
import {
  acceptCreate,
  LOCATION,
  MARKER,
  ownedCounts,
  poolOver,
  sealedOf,
  setup,
  sleep,
  slowProvider,
  until,
} from '../helpers/facade-runs-fixture.ts';

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
