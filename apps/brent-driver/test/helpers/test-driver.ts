/** Test helper: a driver started in-process on a free port with plain HTTP and an in-memory queue. */
import { type RunningDriver, startDriver } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { LocationCipher } from '../../src/jobs/location-cipher.ts';
import { MemoryJobQueue } from '../../src/jobs/memory-queue.ts';
import type { MonitorJob } from '../../src/jobs/monitor-job.ts';
import { createLogger } from '../../src/log/logger.ts';
import { type CompletionRecord, MemoryCompletionPublisher } from '../../src/messaging/completion.ts';

/** A driver for a test, with the log lines and completions it produced. */
export interface TestDriver {
  readonly driver: RunningDriver;
  readonly url: string;
  readonly logs: string[];
  readonly publisher: MemoryCompletionPublisher;
  /** Waits for the completion of one request. */
  completion(
    requestId: string,
    timeoutMs?: number,
  ): Promise<{ record: CompletionRecord; tenantId: string | undefined }>;
}

/**
 * Starts a driver with plain HTTP on a free port and an in-memory queue and publisher.
 *
 * @param env - Extra configuration environment (e.g. `BRENT_DEADLINE_SECONDS`).
 * @returns The driver and its outputs.
 */
export async function startTestDriver(env: Readonly<Record<string, string>> = {}): Promise<TestDriver> {
  const key = LocationCipher.randomKey();
  const config = loadConfig({
    SSL_DISABLED: '1',
    DRIVER_PORT: '0',
    BRENT_JOB_KEY: key,
    BRENT_JOB_QUEUE: 'memory',
    ...env,
  });
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(line), secrets: [key] });
  const publisher = new MemoryCompletionPublisher();
  const queue = new MemoryJobQueue<MonitorJob>();
  const driver = await startDriver({ config, logger, queue, publisher });
  return {
    driver,
    url: driver.url,
    logs,
    publisher,
    async completion(requestId, timeoutMs = 240_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const found = publisher.published.find((p) => p.record.requestId === requestId);
        if (found !== undefined) return { record: found.record, tenantId: found.headers.tenantId };
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`no completion for ${requestId} within ${timeoutMs} ms`);
    },
  };
}
