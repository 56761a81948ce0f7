import type { DriverConfig } from '../config.ts';
import { KafkaJobQueue } from '../jobs/kafka-queue.ts';
import type { MonitorJob } from '../jobs/monitor-job.ts';
import type { Logger } from '../log/logger.ts';
import { KafkaCompletionPublisher } from './completion-publisher.ts';

/**
 * The Kafka side of a replica: the job queue (a consumer group shared by every replica) and the completion
 * publisher (at most one completion per requestId).
 *
 * @param config - Brokers, topics, group and concurrency.
 * @param logger - Where client errors go.
 * @returns The queue and the publisher.
 */
export async function kafkaParts(
  config: DriverConfig,
  logger: Logger,
): Promise<{ queue: KafkaJobQueue<MonitorJob>; publisher: KafkaCompletionPublisher }> {
  const bootstrapBrokers = config.kafka.bootstrap.split(',').map((b) => b.trim());
  const onError = (message: string, error?: unknown) =>
    logger.error(message, { error: error instanceof Error ? error.message : String(error) });
  const publisher = await KafkaCompletionPublisher.open({
    bootstrapBrokers,
    topic: config.kafka.completionTopic,
    onError,
  });
  const queue = new KafkaJobQueue<MonitorJob>({
    bootstrapBrokers,
    topic: config.kafka.jobTopic,
    groupId: config.kafka.groupId,
    concurrency: config.jobs.concurrency,
    onError,
    onAssigned: (partitions, revoked) =>
      logger.info('job queue partitions assigned', { partitions, revoked }),
  });
  return { queue, publisher };
}
