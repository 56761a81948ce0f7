/**
 * Whole driver replicas on Kafka, in-process: each has its own HTTP port, KafkaJobQueue consumer and
 * KafkaCompletionPublisher, all on one consumer group and one job key, as `npm run brent` starts them.
 */
import { type RunningDriver, startDriver } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { LocationCipher } from '../../../src/jobs/location-cipher.ts';
import { createLogger } from '../../../src/log/logger.ts';
import { kafkaParts } from '../../../src/messaging/kafka-parts.ts';
import type { ScenarioNames } from './queue-replicas.ts';

/** The replicas and what they logged. */
export interface KafkaDrivers {
  readonly drivers: readonly RunningDriver[];
  readonly logs: string[];
  stop(): Promise<void>;
}

/**
 * Starts `count` replicas with plain HTTP on free ports, polling Heat from 300 ms up to 2 s.
 *
 * @param bootstrap - The broker.
 * @param n - Job topic, completion topic and group.
 * @param count - How many.
 * @returns The replicas.
 */
export async function startKafkaDrivers(
  bootstrap: string,
  n: ScenarioNames,
  count: number,
): Promise<KafkaDrivers> {
  const key = LocationCipher.randomKey();
  const loaded = loadConfig({
    SSL_DISABLED: '1',
    DRIVER_PORT: '0',
    BRENT_JOB_KEY: key,
    BRENT_JOB_QUEUE: 'kafka',
    BRENT_KAFKA_BOOTSTRAP: bootstrap,
    BRENT_GROUP_ID: n.group,
    BRENT_JOB_TOPIC: n.jobs,
    BRENT_COMPLETION_TOPIC: n.completions,
    BRENT_DEADLINE_SECONDS: '600',
  });
  const config = {
    ...loaded,
    http: { ...loaded.http, host: '127.0.0.1' },
    jobs: { ...loaded.jobs, pollMinMs: 300, pollMaxMs: 2_000 },
  };
  const logs: string[] = [];
  const drivers: RunningDriver[] = [];
  for (let i = 0; i < count; i++) {
    const logger = createLogger({ level: 'info', write: (line) => logs.push(line), secrets: [key] });
    drivers.push(await startDriver({ config, logger, ...(await kafkaParts(config, logger)) }));
  }
  return {
    drivers,
    logs,
    async stop() {
      await Promise.all(drivers.map((d) => d.stop()));
    },
  };
}
