import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiValidator } from './api/openapi.ts';
import type { DriverConfig } from './config.ts';
import { executeRoute } from './http/routes/execute.ts';
import { findReferenceRoute } from './http/routes/find-reference.ts';
import { healthRoute, type VitalStatus } from './http/routes/health.ts';
import { pingRoute } from './http/routes/ping.ts';
import { createDriverServer } from './http/server.ts';
import { LocationCipher } from './jobs/location-cipher.ts';
import { createMonitor } from './jobs/monitor.ts';
import type { MonitorJob } from './jobs/monitor-job.ts';
import type { JobQueue } from './jobs/queue.ts';
import { SessionPool } from './location/session-pool.ts';
import type { Logger } from './log/logger.ts';
import type { CompletionPublisher } from './messaging/completion.ts';

/** The parts {@link startDriver} wires together; the queue and publisher decide memory or Kafka. */
export interface DriverParts {
  /** The configuration. */
  readonly config: DriverConfig;
  /** The monitor's durable queue. */
  readonly queue: JobQueue<MonitorJob>;
  /** Where completions go. */
  readonly publisher: CompletionPublisher;
  /** The logger. */
  readonly logger: Logger;
  /** Extra health vitals (e.g. the Kafka connection). */
  readonly vitals?: (() => Readonly<Record<string, VitalStatus>>) | undefined;
}

/** A running driver. */
export interface RunningDriver {
  /** The base URL it listens on. */
  readonly url: string;
  /** The HTTP(S) server. */
  readonly server: Server;
  /**
   * Graceful stop: stop taking requests, let requests in progress answer, stop the queue (in-flight jobs
   * finish or go back to the queue for another replica), then close the publisher and sessions.
   */
  stop(): Promise<void>;
}

/**
 * Starts the driver: HTTP(S) API plus the monitor consuming the job queue.
 *
 * @param parts - Config, queue, publisher and logger.
 * @returns The running driver.
 * @throws {@link ConfigurationError} for a bad job key.
 */
export async function startDriver(parts: DriverParts): Promise<RunningDriver> {
  const { config, queue, publisher, logger } = parts;
  const pool = new SessionPool();
  const cipher = new LocationCipher(config.jobs.locationKey);
  const validator = new OpenApiValidator();
  const deps = {
    pool,
    queue,
    cipher,
    logger,
    deadlineMs: config.jobs.deadlineMs,
    firstPollDelayMs: config.jobs.pollMinMs,
    adoptSkipStatusCheck: config.adopt.skipStatusCheck,
    heatCreateAccept: config.heat.createAccept,
  };
  const server = createDriverServer({
    routes: [
      executeRoute(deps),
      findReferenceRoute(pool),
      healthRoute(parts.vitals ?? (() => ({}))),
      pingRoute(pool),
    ],
    validator,
    logger,
    https: config.http.https,
  });
  await queue.start(
    createMonitor(
      { pool, cipher, publisher, logger },
      {
        pollMinMs: config.jobs.pollMinMs,
        pollMaxMs: config.jobs.pollMaxMs,
        maxErrors: config.jobs.maxErrors,
        adoptable: config.adopt.adoptableStatuses,
        createConcurrency: config.heat.createConcurrency,
      },
    ),
  );
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(config.http.port, config.http.host, () => ready());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host;
  const url = `${config.http.https === undefined ? 'http' : 'https'}://${host}:${port}`;
  logger.info('driver listening', { url, queue: config.jobs.type });
  return {
    url,
    server,
    async stop() {
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      await closed;
      await queue.stop();
      await publisher.close();
      await pool.close();
      logger.info('driver stopped');
    },
  };
}
