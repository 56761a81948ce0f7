/**
 * Completions on Kafka (SPEC §2): one UTF-8 JSON record per request on `lm_vnfc_lifecycle_execution_events`, no
 * key, the `tenantId` record header when the request had one. Exactly one committed completion per requestId:
 * each is written in a transaction whose id is derived from the requestId, after fencing every other writer of
 * that request and reading the topic to its end (see `kafka/publish-once.ts`); consumers read read_committed.
 */
import { ensureTopic } from '../jobs/kafka/ensure-topic.ts';
import type { CompletionHeaders, CompletionPublisher, CompletionRecord } from './completion.ts';
import { abortable, pause } from './kafka/abortable.ts';
import { CompletionLedger } from './kafka/completion-ledger.ts';
import { publishOnce } from './kafka/publish-once.ts';
import { KafkaUnavailableError } from './kafka-unavailable-error.ts';

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
  /** Deadline of {@link KafkaCompletionPublisher.open}. @defaultValue 60000 */
  readonly openTimeoutMs?: number | undefined;
  /** How long one publish keeps trying across broker outages. @defaultValue 300000 */
  readonly giveUpAfterMs?: number | undefined;
  /** Told about errors that do not stop publishing. */
  readonly onError?: ((message: string, error?: unknown) => void) | undefined;
}

/** A {@link CompletionPublisher} on Kafka that commits exactly one completion per requestId. */
export class KafkaCompletionPublisher implements CompletionPublisher {
  readonly #options: KafkaCompletionPublisherOptions;
  readonly #topic: string;
  readonly #ledger: CompletionLedger;
  readonly #closing = new AbortController();
  #skipped = 0;

  private constructor(options: KafkaCompletionPublisherOptions, topic: string, ledger: CompletionLedger) {
    this.#options = options;
    this.#topic = topic;
    this.#ledger = ledger;
  }

  /**
   * Creates the topic when allowed and missing, and reads the completions already sent.
   *
   * @param options - Brokers and topic.
   * @param signal - Gives up when aborted (rejects with its reason; nothing is left open).
   * @returns The publisher; call {@link KafkaCompletionPublisher.close} when done.
   * @throws {@link KafkaUnavailableError} when the broker did not answer within `openTimeoutMs`.
   */
  static async open(
    options: KafkaCompletionPublisherOptions,
    signal?: AbortSignal,
  ): Promise<KafkaCompletionPublisher> {
    const topic = options.topic ?? COMPLETION_TOPIC;
    const windowMs = options.dedupeWindowMs ?? 7 * 24 * 3600 * 1000;
    const timeoutMs = options.openTimeoutMs ?? 60_000;
    const deadline = AbortSignal.timeout(timeoutMs);
    const stop = signal === undefined ? deadline : AbortSignal.any([signal, deadline]);
    let step = `create the topic ${topic}`;
    try {
      if (options.autoCreate ?? true) {
        const configs = { 'retention.ms': String(windowMs) };
        const partitions = options.partitions ?? 1;
        await abortable(ensureTopic({ ...options, topic, partitions, configs, signal: stop }), stop);
      }
      step = `read the completion topic ${topic}`;
      const ledger = await CompletionLedger.open({ ...options, topic, windowMs }, stop);
      return new KafkaCompletionPublisher(options, topic, ledger);
    } catch (error) {
      if (signal?.aborted === true) throw signal.reason;
      if (deadline.aborted) throw new KafkaUnavailableError(options.bootstrapBrokers, step, timeoutMs, error);
      throw error;
    }
  }

  /** How many publishes found the requestId's completion already committed and wrote nothing. */
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
    const message = {
      topic: this.#topic,
      value: Buffer.from(JSON.stringify(record), 'utf8'),
      headers: recordHeaders,
    };
    const claim = {
      bootstrapBrokers: this.#options.bootstrapBrokers,
      transactionalIdPrefix: `stratus-brent:${this.#topic}:`,
      ledger: this.#ledger,
    };
    const giveUpAt = Date.now() + (this.#options.giveUpAfterMs ?? 300_000);
    for (let attempt = 1; ; attempt++) {
      try {
        const done = await publishOnce(claim, record.requestId, message, this.#closing.signal);
        if (done === 'already-published') this.#skipped += 1;
        return;
      } catch (error) {
        if (this.#closing.signal.aborted || Date.now() > giveUpAt) throw error;
        this.#options.onError?.(
          `completion ${record.requestId} not committed (attempt ${attempt}); retrying`,
          error,
        );
        await abortable(
          pause(Math.min(5_000, 100 * 2 ** attempt) * (0.5 + Math.random())),
          this.#closing.signal,
        );
      }
    }
  }

  /** {@inheritDoc CompletionPublisher.hasCompleted} */
  hasCompleted(requestId: string): boolean {
    return this.#ledger.has(requestId);
  }

  /** {@inheritDoc CompletionPublisher.close} */
  async close(): Promise<void> {
    this.#closing.abort();
    await this.#ledger.close();
  }
}
