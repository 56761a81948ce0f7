import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocationCipher } from '../../src/jobs/location-cipher.ts';
import { createMonitor } from '../../src/jobs/monitor.ts';
import type { MonitorJob } from '../../src/jobs/monitor-job.ts';
import { SessionPool } from '../../src/location/session-pool.ts';
import { createLogger } from '../../src/log/logger.ts';
import { MemoryCompletionPublisher } from '../../src/messaging/completion.ts';

function setup() {
  const publisher = new MemoryCompletionPublisher();
  const logs: string[] = [];
  const cipher = new LocationCipher(LocationCipher.randomKey());
  const monitor = createMonitor({
    pool: new SessionPool(),
    cipher,
    publisher,
    logger: createLogger({ write: (l) => logs.push(l) }),
  });
  const location = cipher.seal({ name: 'dl', type: undefined, properties: {} });
  return { publisher, logs, monitor, location };
}

const signal = new AbortController().signal;

describe('monitor', () => {
  it('publishes a result known at execute time once, with the tenant header, and is done', async () => {
    const { publisher, monitor, location } = setup();
    const payload: MonitorJob = {
      requestId: 'Create::x::1',
      lifecycle: 'Create',
      location,
      tenantId: 't9',
      trace: { transactionid: 'tx' },
      deadlineAt: Date.now() + 60_000,
      errors: 0,
      known: {
        status: 'FAILED',
        failureCode: 'RESOURCE_ALREADY_EXISTS',
        description: "Heat stack 'x' already exists",
      },
    };
    const outcome = await monitor({ id: 'j', payload, attempt: 1, notBefore: 0 }, signal);
    expect(outcome).toEqual({ kind: 'done' });
    expect(publisher.published).toEqual([
      {
        record: {
          requestId: 'Create::x::1',
          status: 'FAILED',
          failureDetails: {
            failureCode: 'RESOURCE_ALREADY_EXISTS',
            description: "Heat stack 'x' already exists",
          },
          outputs: {},
          associatedTopology: {},
          version: '1.0.0',
        },
        headers: { tenantId: 't9' },
      },
    ]);
  });

  it('past the deadline reports FAILED saying it timed out, without calling OpenStack', async () => {
    const { publisher, monitor, location, logs } = setup();
    const payload: MonitorJob = {
      requestId: 'Delete::s::2',
      lifecycle: 'Delete',
      stack: { name: 's', id: 'i' },
      location,
      trace: { transactionid: 'tx-late' },
      deadlineAt: Date.now() - 1,
      errors: 0,
    };
    expect(await monitor({ id: 'j', payload, attempt: 7, notBefore: 0 }, signal)).toEqual({ kind: 'done' });
    expect(publisher.published[0]?.record.failureDetails?.description).toMatch(
      /Delete of Heat stack 's' timed out/,
    );
    expect(logs.some((l) => l.includes('"tracectx.transactionid":"tx-late"'))).toBe(true);
  });
});

describe('main.ts', () => {
  it('starts with a memory queue over plain HTTP and stops cleanly on SIGTERM', async () => {
    const main = join(import.meta.dirname, '..', '..', 'src', 'main.ts');
    const child = spawn(process.execPath, ['--conditions=source', main], {
      env: {
        ...process.env,
        SSL_DISABLED: '1',
        DRIVER_PORT: '0',
        BRENT_JOB_QUEUE: 'memory',
        LOG_LEVEL: 'info',
      },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    while (!out.includes('driver listening')) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('SIGTERM: stopping');
    expect(out).toContain('driver stopped');
  }, 30_000);
});
