/**
 * `npm run brent`: starts the Brent driver from its configuration (packaged defaults, `BRENT_CONFIG`, the
 * environment). SIGTERM/SIGINT stop it gracefully: no new requests, in-flight jobs finished or handed back.
 */

import { ConfigurationError } from 'stratus';
import { type RunningDriver, startDriver } from './app.ts';
import { type DriverConfig, loadConfig } from './config.ts';
import { LocationCipher } from './jobs/location-cipher.ts';
import { MemoryJobQueue } from './jobs/memory-queue.ts';
import type { MonitorJob } from './jobs/monitor-job.ts';
import { createLogger, type Logger } from './log/logger.ts';
import { MemoryCompletionPublisher } from './messaging/completion.ts';
import { kafkaParts } from './messaging/kafka-parts.ts';

async function start(config: DriverConfig, logger: Logger): Promise<RunningDriver> {
  if (config.jobs.type === 'kafka') {
    if (config.jobs.locationKey === '') {
      throw new ConfigurationError(
        'job_queue.location_key (BRENT_JOB_KEY) is required with the Kafka queue: every replica needs the same key',
      );
    }
    return startDriver({ config, logger, ...(await kafkaParts(config, logger)) });
  }
  const queue = new MemoryJobQueue<MonitorJob>({ concurrency: config.jobs.concurrency });
  return startDriver({ config, logger, queue, publisher: new MemoryCompletionPublisher() });
}

function main(): void {
  const loaded = loadConfig(process.env);
  const config =
    loaded.jobs.type === 'memory' && loaded.jobs.locationKey === ''
      ? { ...loaded, jobs: { ...loaded.jobs, locationKey: LocationCipher.randomKey() } }
      : loaded;
  const logger = createLogger({ level: config.logLevel, secrets: [config.jobs.locationKey] });
  let stopping = false;
  start(config, logger).then(
    (driver) => {
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info(`${signal}: stopping`);
        driver.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error('stop failed', { error: String(error) });
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    },
    (error: unknown) => {
      logger.error('driver failed to start', {
        error: error instanceof Error ? error.message : String(error),
      });
      process.exit(1);
    },
  );
}

main();
