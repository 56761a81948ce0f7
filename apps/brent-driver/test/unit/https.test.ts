import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDriver, startDriver } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { LocationCipher } from '../../src/jobs/location-cipher.ts';
import { MemoryJobQueue } from '../../src/jobs/memory-queue.ts';
import type { MonitorJob } from '../../src/jobs/monitor-job.ts';
import { createLogger } from '../../src/log/logger.ts';
import { MemoryCompletionPublisher } from '../../src/messaging/completion.ts';

const dir = mkdtempSync(join(tmpdir(), 'brent-tls-'));
const cert = join(dir, 'tls.crt');
const key = join(dir, 'tls.key');
let driver: RunningDriver;

beforeAll(async () => {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const config = loadConfig({
    DRIVER_PORT: '0',
    BRENT_TLS_CERT: cert,
    BRENT_TLS_KEY: key,
    BRENT_JOB_KEY: LocationCipher.randomKey(),
  });
  driver = await startDriver({
    config,
    logger: createLogger({ write: () => undefined }),
    queue: new MemoryJobQueue<MonitorJob>(),
    publisher: new MemoryCompletionPublisher(),
  });
});

afterAll(async () => {
  await driver.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTTPS', () => {
  it('serves HTTPS from the configured cert and key files by default', async () => {
    expect(driver.url).toMatch(/^https:/);
    const body = await new Promise<string>((done, fail) => {
      get(`${driver.url}/management/health`, { ca: readFileSync(cert) }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => done(text));
      }).on('error', fail);
    });
    expect(JSON.parse(body)).toEqual({ vitals: { app: { status: 'OK' } } });
  });
});
