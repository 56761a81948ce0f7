/**
 * Completions on Kafka (SPEC §2): one UTF-8 JSON record per request on `lm_vnfc_lifecycle_execution_events`, no
 * key, the `tenantId` record header when the request had one. At most one completion per requestId as a
 * consumer sees it: the publisher skips a requestId whose completion is already on the topic (see
 * {@link CompletionLedger}), and its producer is idempotent, so a produce retried after a timeout is written once.
 */
import { ensureTopic } from '../jobs/kafka/ensure-topic.ts';
import { ResilientProducer } from '../jobs/kafka/resilient-producer.ts';
import type { CompletionHeaders, CompletionPublisher, CompletionRecord } from './completion.ts';
import { CompletionLedger } from './kafka/completion-ledger.ts';

/** The topic Brent listens on (SPEC §2). */
export const COMPLETION_TOPIC = 'lm_vnfc_lifecycle_execution_events';

/** Where completions go. */
export interface KafkaCompletionPublisherOptions {
  /** Brokers, `host:port`. */
  readonly bootstrapBrokers: readonly string[];
  /** The topic. @defaultValue {@link COMPLETION_TOPIC} */
  readonly topic?: string | undefined;
  /** Create the topic when missing (the VIM driver's `auto_create`). @defaultValue true */
  readonly autoCreate?: boolean | undefined;
  /** Partitions when created. @defaultValue 1 */
  readonly partitions?: number | undefined;
  /** How far back already-sent completions are remembered at start. @defaultValue 7 days */
  readonly dedupeWindowMs?: number | undefined;
  /** Told about errors that do not stop publishing. */
  readonly onError?: ((message: string, error?: unknown) => void) | undefined;
}

/** A {@link CompletionPublisher} on Kafka that sends at most one completion per requestId. */
export class KafkaCompletionPublisher implements CompletionPublisher {
  readonly #topic: string;
  readonly #producer: ResilientProducer;
  readonly #ledger: CompletionLedger;
  #skipped = 0;

  private constructor(topic: string, producer: ResilientProducer, ledger: CompletionLedger) {
    this.#topic = topic;
    this.#producer = producer;
    this.#ledger = ledger;
  }

  /**
   * Creates the topic when allowed and missing, and reads the completions already sent.
   *
   * @param options - Brokers and topic.
   * @returns The publisher; call {@link KafkaCompletionPublisher.close} when done.
   */
  static async open(options: KafkaCompletionPublisherOptions): Promise<KafkaCompletionPublisher> {
    const topic = options.topic ?? COMPLETION_TOPIC;
    const windowMs = options.dedupeWindowMs ?? 7 * 24 * 3600 * 1000;
    if (options.autoCreate ?? true) {
      await ensureTopic({
        bootstrapBrokers: options.bootstrapBrokers,
        topic,
        partitions: options.partitions ?? 1,
        configs: { 'retention.ms': String(windowMs) },
      });
    }
    const ledger = await CompletionLedger.open({
      bootstrapBrokers: options.bootstrapBrokers,
      topic,
      windowMs,
      onError: options.onError,
    });
    const producer = new ResilientProducer({
      clientId: `completion-publisher-${process.pid}`,
      bootstrapBrokers: options.bootstrapBrokers,
      onError: options.onError,
    });
    return new KafkaCompletionPublisher(topic, producer, ledger);
  }

  /** How many publishes were skipped because the requestId already had a completion. */
  get duplicatesSkipped(): number {
    return this.#skipped;
  }

  /** {@inheritDoc CompletionPublisher.publish} */
  async publish(record: CompletionRecord, headers: CompletionHeaders): Promise<void> {
    if (this.#ledger.has(record.requestId)) {
      this.#skipped += 1;
      return;
    }
    const recordHeaders = new Map<string, string>();
    if (headers.tenantId !== undefined && headers.tenantId !== '')
      recordHeaders.set('tenantId', headers.tenantId);
    await this.#producer.send([
      { topic: this.#topic, value: Buffer.from(JSON.stringify(record), 'utf8'), headers: recordHeaders },
    ]);
    this.#ledger.add(record.requestId);
  }

  /** {@inheritDoc CompletionPublisher.close} */
  async close(): Promise<void> {
    await this.#producer.close();
    await this.#ledger.close();
  }
}
