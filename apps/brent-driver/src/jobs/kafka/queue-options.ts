/** The options of the Kafka job queue, and how its topic and consumer are set up from them. */
import { Consumer, type MessagesStream, MessagesStreamModes } from '@platformatic/kafka';
import type { JobQueueOptions } from '../queue.ts';
import { ensureTopic } from './ensure-topic.ts';

/** Where the queue lives and how it behaves. */
export interface KafkaJobQueueOptions extends JobQueueOptions {
  /** Brokers, `host:port`. */
  readonly bootstrapBrokers: readonly string[];
  /** The queue topic (created when missing). */
  readonly topic: string;
  /** The consumer group every replica joins. */
  readonly groupId: string;
  /** This replica's client id. @defaultValue `<groupId>-<random>` */
  readonly clientId?: string | undefined;
  /** Partitions when the topic is created (the most replicas that can share work). @defaultValue 12 */
  readonly partitions?: number | undefined;
  /** How long the broker keeps job records; a driver stopped for less loses nothing. @defaultValue 7 days */
  readonly retentionMs?: number | undefined;
  /** Shortest delay before a job runs again, whatever the handler asked. @defaultValue 500 */
  readonly minRetryDelayMs?: number | undefined;
  /** Longest delay after a thrown handler (the error delay doubles per attempt up to this). @defaultValue 60000 */
  readonly maxErrorRetryDelayMs?: number | undefined;
  /** Group session timeout: a replica killed with SIGKILL loses its jobs to the others after this. @defaultValue 10000 */
  readonly sessionTimeoutMs?: number | undefined;
  /** How long one fetch waits for new records (lower: a due job starts sooner). @defaultValue 500 */
  readonly maxWaitMs?: number | undefined;
  /** Told after each group join: the partitions held now, and those whose leases it revoked. */
  readonly onAssigned?: ((partitions: readonly number[], revoked: readonly number[]) => void) | undefined;
  /** Told about records skipped and errors that do not stop the queue (e.g. a failed commit). */
  readonly onError?: ((message: string, error?: unknown) => void) | undefined;
}

/** The default retention of the job topic: 7 days. */
export const JOB_RETENTION_MS = 7 * 24 * 3600 * 1000;

/** The queue's consumer and its stream of job records. */
export interface JobStream {
  readonly consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
  readonly stream: MessagesStream<Buffer, Buffer, Buffer, Buffer>;
}

/**
 * Joins the group and starts reading from the committed offsets (the earliest when the group has none).
 *
 * @param options - The queue's options.
 * @param clientId - This replica's client id.
 * @returns The consumer and its stream (manual commits).
 */
export async function openJobStream(options: KafkaJobQueueOptions, clientId: string): Promise<JobStream> {
  const consumer = new Consumer({
    clientId,
    groupId: options.groupId,
    bootstrapBrokers: [...options.bootstrapBrokers],
    sessionTimeout: options.sessionTimeoutMs ?? 10_000,
    heartbeatInterval: 1_000,
    timeout: 30_000,
    retries: 20,
    retryDelay: 500,
  });
  const stream = await consumer.consume({
    topics: [options.topic],
    autocommit: false,
    mode: MessagesStreamModes.COMMITTED,
    fallbackMode: 'earliest',
    maxWaitTime: options.maxWaitMs ?? 500,
  });
  return { consumer, stream };
}

/**
 * Creates the queue topic when missing: `partitions` (12), `retention.ms` (7 days), `cleanup.policy=delete`.
 *
 * @param options - The queue's options.
 * @returns true when this call created it.
 */
export function ensureJobTopic(options: KafkaJobQueueOptions): Promise<boolean> {
  return ensureTopic({
    bootstrapBrokers: options.bootstrapBrokers,
    topic: options.topic,
    partitions: options.partitions ?? 12,
    configs: { 'retention.ms': String(options.retentionMs ?? JOB_RETENTION_MS), 'cleanup.policy': 'delete' },
  });
}

/**
 * The delay before a job whose handler threw runs again: `errorRetryDelayMs` doubled per attempt, capped.
 *
 * @param options - The queue's options.
 * @param attempt - The attempt that threw (1 for the first).
 * @returns The delay in ms.
 */
export function errorRetryDelayMs(options: KafkaJobQueueOptions, attempt: number): number {
  const base = options.errorRetryDelayMs ?? 2000;
  return Math.min(options.maxErrorRetryDelayMs ?? 60_000, base * 2 ** (attempt - 1));
}

/**
 * Whether a `partition:offset` mark is on `partition` at or before `offset`.
 *
 * @param where - The mark.
 * @param partition - The partition.
 * @param offset - The offset.
 * @returns true when it is.
 */
export function isAtOrBefore(where: string, partition: number, offset: bigint): boolean {
  const [p, o] = where.split(':');
  return Number(p) === partition && BigInt(o ?? '0') <= offset;
}
