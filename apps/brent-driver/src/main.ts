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

async function start(config: DriverConfig, logger: Logger): Promise<RunningDriver> {
  if (config.jobs.type === 'kafka') {
    throw new ConfigurationError("job_queue.type 'kafka' is not available in this build: use 'memory'");
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
