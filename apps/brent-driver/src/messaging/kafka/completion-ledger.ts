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

/** A live set of the request ids completed on the topic. */
export class CompletionLedger {
  readonly #seen = new Set<string>();
  readonly #consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
  #stream: MessagesStream<Buffer, Buffer, Buffer, Buffer> | undefined;
  #loop: Promise<void> | undefined;

  private constructor(consumer: Consumer<Buffer, Buffer, Buffer, Buffer>) {
    this.#consumer = consumer;
  }

  /**
   * Starts tailing the topic and resolves once everything published before the call has been read.
   *
   * @param options - The topic and window.
   * @returns The ledger; call {@link CompletionLedger.close} when done.
   */
  static async open(options: CompletionLedgerOptions): Promise<CompletionLedger> {
    const id = `completion-ledger-${randomUUID().slice(0, 8)}`;
    const consumer = new Consumer({
      clientId: id,
      groupId: id, // a private group: each replica reads every completion
      bootstrapBrokers: [...options.bootstrapBrokers],
      timeout: 30_000,
      retries: 20,
      retryDelay: 500,
    });
    const ledger = new CompletionLedger(consumer);
    const topics = [options.topic];
    const latest = (await consumer.listOffsets({ topics })).get(options.topic) ?? [];
    const since = BigInt(Date.now() - options.windowMs);
    const fromTime = (await consumer.listOffsets({ topics, timestamp: since })).get(options.topic) ?? [];
    const offsets = latest.map((end, partition) => {
      const start = fromTime[partition] ?? -1n;
      return { topic: options.topic, partition, offset: start < 0n ? end : start };
    });
    ledger.#stream = await consumer.consume({
      topics,
      autocommit: false,
      mode: MessagesStreamModes.MANUAL,
      offsets,
      maxWaitTime: 200,
    });
    const caughtUp = ledger.#tail(ledger.#stream, latest, options.onError);
    await caughtUp;
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
    await this.#stream?.close();
    await this.#loop;
    await this.#consumer.close(true);
  }

  /** Reads the stream in the background; the returned promise resolves once every partition reached `ends`. */
  #tail(
    stream: MessagesStream<Buffer, Buffer, Buffer, Buffer>,
    ends: readonly bigint[],
    onError: CompletionLedgerOptions['onError'],
  ): Promise<void> {
    const behind = new Set(ends.flatMap((end, partition) => (end > 0n ? [partition] : [])));
    return new Promise<void>((caughtUp) => {
      if (behind.size === 0) caughtUp();
      this.#loop = (async () => {
        try {
          for await (const record of stream) {
            const id = requestIdOf(record.value);
            if (id !== undefined) this.#seen.add(id);
            if (record.offset + 1n >= (ends[record.partition] ?? 0n)) behind.delete(record.partition);
            if (behind.size === 0) caughtUp();
          }
        } catch (error) {
          onError?.('completion ledger stopped tailing', error);
        } finally {
          caughtUp();
        }
      })();
    });
  }
}
