/**
 * The job queue on Kafka: one topic, one consumer group shared by every replica, so N replicas share the work
 * and any replica can finish any job. Better than Ignition's (SPEC §3): a job waits for its own `notBefore`
 * (no zero-delay requeue), offsets are committed only once a record's work is finished and re-posted, the
 * topic keeps records for days (not 60 s), and a stopping replica hands its jobs back.
 */
import { randomUUID } from 'node:crypto';
import type { Consumer, Message, MessagesStream } from '@platformatic/kafka';
import { decodeJob, encodeJob } from './kafka/job-record.ts';
import { PartitionCommits } from './kafka/partition-commits.ts';
import { PartitionLeases } from './kafka/partition-leases.ts';
import type { KafkaJobQueueOptions } from './kafka/queue-options.ts';
import * as setup from './kafka/queue-options.ts';
import { ResilientProducer } from './kafka/resilient-producer.ts';
import { watchStalls } from './kafka/stall-watch.ts';
import { commitWithRetry, sleepUntil } from './kafka/waits.ts';
import type { Job, JobHandler, JobOutcome, JobQueue, JsonValue } from './queue.ts';

export { JOB_RETENTION_MS, type KafkaJobQueueOptions } from './kafka/queue-options.ts';

type Record = Message<Buffer, Buffer, Buffer, Buffer>;

/** A {@link JobQueue} on a Kafka topic and consumer group. */
export class KafkaJobQueue<T extends JsonValue = JsonValue> implements JobQueue<T> {
  readonly #options: KafkaJobQueueOptions;
  readonly #producer: ResilientProducer;
  /** `partition:offset` of records whose work finished but whose commit may not have landed. */
  readonly #finished = new Set<string>();
  readonly #running = new Set<Promise<void>>();
  readonly #leases = new PartitionLeases();
  #consumer: Consumer<Buffer, Buffer, Buffer, Buffer> | undefined;
  #stream: MessagesStream<Buffer, Buffer, Buffer, Buffer> | undefined;
  #loop: Promise<void> | undefined;
  #stopping = new AbortController();
  #topicReady: Promise<boolean> | undefined;
  #capacity: (() => void) | undefined;

  /** @param options - Brokers, topic, group and tuning. */
  constructor(options: KafkaJobQueueOptions) {
    this.#options = options;
    this.#producer = new ResilientProducer({
      clientId: `${this.#clientId()}-producer`,
      bootstrapBrokers: options.bootstrapBrokers,
      onError: options.onError,
    });
  }

  /** {@inheritDoc JobQueue.enqueue} */
  async enqueue(id: string, payload: T, delayMs = 0): Promise<void> {
    await this.#ensureTopic();
    await this.#post({ id, payload, attempt: 1, notBefore: Date.now() + Math.max(0, delayMs) });
  }

  /** {@inheritDoc JobQueue.start} */
  async start(handler: JobHandler<T>): Promise<void> {
    if (this.#loop !== undefined) throw new Error('KafkaJobQueue.start called twice');
    await this.#ensureTopic();
    this.#stopping = new AbortController();
    const first = await this.#subscribe();
    this.#loop = this.#consumeForever(first, handler);
  }

  /** {@inheritDoc JobQueue.stop} */
  async stop(): Promise<void> {
    this.#stopping.abort();
    this.#leases.revokeAll();
    this.#capacity?.();
    await Promise.all([...this.#running]); // each hands its job back (re-posted) and commits
    await this.#stream?.close();
    await this.#loop;
    await this.#consumer?.close(true);
    await this.#producer.close();
    this.#loop = undefined;
  }

  async #subscribe(): Promise<MessagesStream<Buffer, Buffer, Buffer, Buffer>> {
    const { consumer, stream } = await setup.openJobStream(this.#options, this.#clientId());
    this.#leases.watch(consumer, this.#options.topic, this.#options.onAssigned);
    this.#consumer = consumer;
    this.#stream = stream;
    return stream;
  }

  /**
   * Consumes until stopped. When the consumer fails (e.g. the broker went away longer than its retries), the
   * jobs in flight finish, the consumer is replaced after a growing pause, and records whose work finished but
   * whose commit failed are recognised and not run again.
   */
  async #consumeForever(
    first: MessagesStream<Buffer, Buffer, Buffer, Buffer>,
    handler: JobHandler<T>,
  ): Promise<void> {
    let stream: MessagesStream<Buffer, Buffer, Buffer, Buffer> | undefined = first;
    for (let failures = 0; !this.#stopping.signal.aborted; ) {
      try {
        stream ??= await this.#subscribe();
        await this.#consume(stream, handler);
        failures = 0;
      } catch (error) {
        failures += 1;
        this.#options.onError?.(`job queue consumer failed (${failures} in a row); reconnecting`, error);
      }
      if (this.#stopping.signal.aborted) break;
      this.#leases.revokeAll(); // the next consumer may be given other partitions
      await Promise.all([...this.#running]);
      await this.#consumer?.close(true).catch(() => undefined);
      stream = undefined;
      await sleepUntil(Date.now() + Math.min(30_000, 500 * 2 ** failures), this.#stopping.signal);
    }
  }

  async #consume(
    stream: MessagesStream<Buffer, Buffer, Buffer, Buffer>,
    handler: JobHandler<T>,
  ): Promise<void> {
    const concurrency = this.#options.concurrency ?? 32;
    const commits = new PartitionCommits<Record>();
    const unwatch = watchStalls(stream);
    try {
      for await (const record of stream) {
        if (this.#stopping.signal.aborted) break;
        if (!commits.begin(record)) continue;
        const run = this.#handle(record, handler, commits).finally(() => {
          this.#running.delete(run);
          this.#capacity?.();
        });
        this.#running.add(run);
        while (commits.size >= concurrency && !this.#stopping.signal.aborted) {
          await new Promise<void>((resolve) => {
            this.#capacity = resolve;
          });
        }
      }
    } finally {
      unwatch();
    }
  }

  async #handle(record: Record, handler: JobHandler<T>, commits: PartitionCommits<Record>): Promise<void> {
    const job = decodeJob(record.value) as Job<T> | undefined;
    const where = `${record.partition}:${record.offset}`;
    try {
      if (job === undefined) {
        this.#options.onError?.(
          `skipped a record that is not a job (partition ${record.partition}, offset ${record.offset})`,
        );
      } else if (!this.#finished.has(where)) {
        await this.#run(job, handler, this.#leases.lease(record.partition, this.#stopping.signal));
        this.#finished.add(where);
      }
      const commit = commits.finish(record);
      if (commit !== undefined) {
        await commitWithRetry(commit);
        this.#forgetUpTo(commit.partition, commit.offset);
      }
    } catch (error) {
      // not committed: this replica or the next owner of the partition reads the record again
      this.#options.onError?.(`job ${job?.id ?? '?'} not committed; it will be read again`, error);
    }
  }

  /** Drops the finished-work marks a successful commit made useless. */
  #forgetUpTo(partition: number, offset: bigint): void {
    for (const where of this.#finished)
      if (setup.isAtOrBefore(where, partition, offset)) this.#finished.delete(where);
  }

  /** Runs a job when due; the handler gets the partition's lease (aborted on revocation or stop). */
  async #run(job: Job<T>, handler: JobHandler<T>, lease: AbortSignal): Promise<void> {
    if (!(await sleepUntil(job.notBefore, this.#stopping.signal))) {
      await this.#post(job); // stopping before it was due: hand it back unchanged
      return;
    }
    let outcome: JobOutcome<T>;
    try {
      outcome = await handler(job, lease);
    } catch (error) {
      this.#options.onError?.(`job ${job.id} handler threw; retrying`, error);
      outcome = { kind: 'retry', delayMs: setup.errorRetryDelayMs(this.#options, job.attempt) };
    }
    if (outcome.kind === 'done') return;
    const delayMs = Math.max(this.#options.minRetryDelayMs ?? 500, outcome.delayMs);
    const payload = outcome.payload ?? job.payload;
    await this.#post({ id: job.id, payload, attempt: job.attempt + 1, notBefore: Date.now() + delayMs });
  }

  async #post(job: Job<T>): Promise<void> {
    await this.#producer.send([
      { topic: this.#options.topic, key: Buffer.from(job.id, 'utf8'), value: encodeJob(job) },
    ]);
  }

  #ensureTopic(): Promise<boolean> {
    this.#topicReady ??= setup.ensureJobTopic(this.#options).catch((error: unknown) => {
      this.#topicReady = undefined;
      throw error;
    });
    return this.#topicReady;
  }

  #clientId(): string {
    return this.#options.clientId ?? `${this.#options.groupId}-${randomUUID().slice(0, 8)}`;
  }
}
