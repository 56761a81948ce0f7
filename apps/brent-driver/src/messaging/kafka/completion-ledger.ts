/**
 * The request ids that already have a completion, learnt by tailing the completion topic itself: every
 * replica reads every completion any replica publishes (from `windowMs` ago on), so a job re-run after a crash
 * or a rebalance (SPEC §3: "at-least-once") finds its completion already sent and does not send it again.
 */
import { randomUUID } from 'node:crypto';
import { Consumer, type MessagesStream, MessagesStreamModes } from '@platformatic/kafka';

/** Where and how far back to look. */
export interface CompletionLedgerOptions {
  readonly bootstrapBrokers: readonly string[];
  readonly topic: string;
  /** How far back completions are remembered at start. */
  readonly windowMs: number;
  /** Told when the tail stops on an error. */
  readonly onError?: ((message: string, error?: unknown) => void) | undefined;
}

function requestIdOf(value: Buffer | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(value.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const id = (parsed as { requestId?: unknown }).requestId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** A live set of the request ids completed on the topic; reconnects when the broker goes away. */
export class CompletionLedger {
  readonly #seen = new Set<string>();
  readonly #options: CompletionLedgerOptions;
  /** partition → next offset to read (where a reconnect resumes). */
  readonly #next = new Map<number, bigint>();
  #consumer: Consumer<Buffer, Buffer, Buffer, Buffer> | undefined;
  #stream: MessagesStream<Buffer, Buffer, Buffer, Buffer> | undefined;
  #loop: Promise<void> | undefined;
  #closing = false;

  private constructor(options: CompletionLedgerOptions) {
    this.#options = options;
  }

  /**
   * Starts tailing the topic and resolves once everything published before the call has been read.
   *
   * @param options - The topic and window.
   * @returns The ledger; call {@link CompletionLedger.close} when done.
   */
  static async open(options: CompletionLedgerOptions): Promise<CompletionLedger> {
    const ledger = new CompletionLedger(options);
    const consumer = ledger.#newConsumer();
    const topics = [options.topic];
    const latest = (await consumer.listOffsets({ topics })).get(options.topic) ?? [];
    const since = BigInt(Date.now() - options.windowMs);
    const fromTime = (await consumer.listOffsets({ topics, timestamp: since })).get(options.topic) ?? [];
    latest.forEach((end, partition) => {
      const start = fromTime[partition] ?? -1n;
      ledger.#next.set(partition, start < 0n ? end : start);
    });
    await ledger.#tail(consumer, latest);
    return ledger;
  }

  /** Whether a completion for `requestId` was seen. */
  has(requestId: string): boolean {
    return this.#seen.has(requestId);
  }

  /** Records a completion this process just published (before the tail reads it back). */
  add(requestId: string): void {
    this.#seen.add(requestId);
  }

  /** Stops tailing. */
  async close(): Promise<void> {
    this.#closing = true;
    await this.#stream?.close();
    await this.#loop;
    await this.#consumer?.close(true);
  }

  #newConsumer(): Consumer<Buffer, Buffer, Buffer, Buffer> {
    const id = `completion-ledger-${randomUUID().slice(0, 8)}`;
    return new Consumer({
      clientId: id,
      groupId: id, // a private group: each replica reads every completion
      bootstrapBrokers: [...this.#options.bootstrapBrokers],
      timeout: 30_000,
      retries: 20,
      retryDelay: 500,
    });
  }

  async #read(
    consumer: Consumer<Buffer, Buffer, Buffer, Buffer>,
    onRecord: (partition: number) => void,
  ): Promise<void> {
    const topic = this.#options.topic;
    this.#consumer = consumer;
    this.#stream = await consumer.consume({
      topics: [topic],
      autocommit: false,
      mode: MessagesStreamModes.MANUAL,
      offsets: [...this.#next].map(([partition, offset]) => ({ topic, partition, offset })),
      maxWaitTime: 200,
    });
    for await (const record of this.#stream) {
      const id = requestIdOf(record.value);
      if (id !== undefined) this.#seen.add(id);
      this.#next.set(record.partition, record.offset + 1n);
      onRecord(record.partition);
    }
  }

  /** Reads in the background until closed; resolves once every partition reached `ends`. */
  #tail(first: Consumer<Buffer, Buffer, Buffer, Buffer>, ends: readonly bigint[]): Promise<void> {
    const behind = new Set(ends.flatMap((end, partition) => (end > 0n ? [partition] : [])));
    return new Promise<void>((caughtUp) => {
      const reached = (partition: number): void => {
        if ((this.#next.get(partition) ?? 0n) >= (ends[partition] ?? 0n)) behind.delete(partition);
        if (behind.size === 0) caughtUp();
      };
      if (behind.size === 0) caughtUp();
      this.#loop = (async () => {
        let consumer = first;
        for (let failures = 0; !this.#closing; ) {
          try {
            await this.#read(consumer, reached);
          } catch (error) {
            failures += 1;
            if (!this.#closing)
              this.#options.onError?.('completion ledger lost the topic; reconnecting', error);
          }
          if (this.#closing) break;
          await consumer.close(true).catch(() => undefined);
          await new Promise((done) => setTimeout(done, Math.min(5_000, 500 * 2 ** failures)));
          consumer = this.#newConsumer();
        }
        caughtUp();
      })();
    });
  }
}
