/**
 * The request ids that already have a completion, learnt by tailing the completion topic itself (read_committed,
 * so an aborted transaction's record never counts): every replica reads every completion any replica commits
 * (from `windowMs` ago on). {@link CompletionLedger.catchUp} answers "has everything on the topic until now
 * been read?", which the per-requestId claim (`publish-once.ts`) needs after it has fenced every other writer.
 */
import { randomUUID } from 'node:crypto';
import {
  Consumer,
  FetchIsolationLevels,
  type MessagesStream,
  MessagesStreamModes,
} from '@platformatic/kafka';
import { watchStalls } from '../../jobs/kafka/stall-watch.ts';
import { abortable, pause } from './abortable.ts';

/** Where and how far back to look. */
export interface CompletionLedgerOptions {
  readonly bootstrapBrokers: readonly string[];
  readonly topic: string;
  /** How far back completions are remembered at start. */
  readonly windowMs: number;
  /** Told when the tail stops on an error. */
  readonly onError?: ((message: string, error?: unknown) => void) | undefined;
}

type Stream = MessagesStream<Buffer, Buffer, Buffer, Buffer>;

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
  /** partition → next offset to read after the last record read (where a reconnect resumes). */
  readonly #next = new Map<number, bigint>();
  #consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
  #stream: Stream | undefined;
  #loop: Promise<void> | undefined;
  #closing = false;

  private constructor(options: CompletionLedgerOptions) {
    this.#options = options;
    this.#consumer = this.#newConsumer();
  }

  /**
   * Starts tailing the topic and resolves once everything on it before the call has been read.
   *
   * @param options - The topic and window.
   * @param signal - Gives up (and closes what was opened) when aborted.
   * @returns The ledger; call {@link CompletionLedger.close} when done.
   */
  static async open(options: CompletionLedgerOptions, signal?: AbortSignal): Promise<CompletionLedger> {
    const ledger = new CompletionLedger(options);
    try {
      const topics = [options.topic];
      const since = BigInt(Date.now() - options.windowMs);
      const fromTime = (
        await abortable(ledger.#consumer.listOffsets({ topics, timestamp: since }), signal)
      ).get(options.topic);
      const ends = await abortable(ledger.#ends(), signal);
      for (const [partition, end] of ends) {
        const start = fromTime?.[partition] ?? -1n;
        ledger.#next.set(partition, start < 0n ? end : start);
      }
      ledger.#loop = ledger.#tailForever();
      await ledger.catchUp(signal);
      return ledger;
    } catch (error) {
      await ledger.close();
      throw error;
    }
  }

  /** Whether a completion for `requestId` was seen. */
  has(requestId: string): boolean {
    return this.#seen.has(requestId);
  }

  /** Records a completion this process just committed (before the tail reads it back). */
  add(requestId: string): void {
    this.#seen.add(requestId);
  }

  /**
   * Resolves once every record written to the topic before the call (its high watermark) has been read.
   * Records of transactions still open hold it back until they commit or abort.
   *
   * @param signal - Stops waiting (rejects with its reason).
   * @param timeoutMs - Gives up after this long. @defaultValue 30000
   * @throws an Error when the tail did not get there in time (the caller tries again later).
   */
  async catchUp(signal?: AbortSignal, timeoutMs = 30_000): Promise<void> {
    const ends = await abortable(this.#ends(), signal);
    const until = Date.now() + timeoutMs;
    while (![...ends].every(([partition, end]) => this.#position(partition) >= end)) {
      if (Date.now() > until)
        throw new Error(
          `completion ledger did not read ${this.#options.topic} to its end within ${timeoutMs} ms`,
        );
      await pause(20, signal);
    }
  }

  /** Stops tailing. */
  async close(): Promise<void> {
    this.#closing = true;
    await this.#stream?.close().catch(() => undefined);
    await this.#loop;
    await this.#consumer.close(true).catch(() => undefined);
  }

  /** partition → high watermark (every record written, committed or not, plus transaction markers). */
  async #ends(): Promise<Map<number, bigint>> {
    const topic = this.#options.topic;
    const offsets = await this.#consumer.listOffsets({
      topics: [topic],
      isolationLevel: FetchIsolationLevels.READ_UNCOMMITTED,
    });
    return new Map((offsets.get(topic) ?? []).map((end, partition) => [partition, end]));
  }

  /**
   * How far a partition has been read. The stream's fetch position also moves past transaction markers (which
   * are never yielded as records), but counts only once every fetched record has been handled.
   */
  #position(partition: number): bigint {
    const read = this.#next.get(partition) ?? 0n;
    const stream = this.#stream;
    if (stream === undefined || stream.readableLength > 0) return read;
    const fetched = stream.offsetsToFetch.get(`${this.#options.topic}:${partition}`) ?? 0n;
    return fetched > read ? fetched : read;
  }

  #newConsumer(): Consumer<Buffer, Buffer, Buffer, Buffer> {
    const id = `completion-ledger-${randomUUID().slice(0, 8)}`;
    return new Consumer({
      clientId: id,
      groupId: id, // a private group: each replica reads every completion
      bootstrapBrokers: [...this.#options.bootstrapBrokers],
      isolationLevel: FetchIsolationLevels.READ_COMMITTED,
      timeout: 15_000,
      retries: 10,
      retryDelay: 500,
    });
  }

  async #read(): Promise<void> {
    const topic = this.#options.topic;
    this.#stream = await this.#consumer.consume({
      topics: [topic],
      autocommit: false,
      mode: MessagesStreamModes.MANUAL,
      offsets: [...this.#next].map(([partition, offset]) => ({ topic, partition, offset })),
      maxWaitTime: 100,
    });
    const unwatch = watchStalls(this.#stream, 15_000);
    try {
      for await (const record of this.#stream) {
        const id = requestIdOf(record.value);
        if (id !== undefined) this.#seen.add(id);
        this.#next.set(record.partition, record.offset + 1n);
      }
    } finally {
      unwatch();
    }
  }

  /** Reads in the background until closed, replacing the consumer after an error. */
  async #tailForever(): Promise<void> {
    for (let failures = 0; !this.#closing; ) {
      try {
        await this.#read();
      } catch (error) {
        failures += 1;
        if (!this.#closing) this.#options.onError?.('completion ledger lost the topic; reconnecting', error);
      }
      if (this.#closing) break;
      const old = this.#consumer;
      this.#stream = undefined;
      await old.close(true).catch(() => undefined);
      await new Promise((done) => setTimeout(done, Math.min(5_000, 500 * 2 ** failures)));
      this.#consumer = this.#newConsumer();
    }
  }
}
