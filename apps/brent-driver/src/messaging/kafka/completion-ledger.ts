/**
 * The request ids that already have a committed completion, learnt by tailing the completion topic itself: every
 * replica reads every completion any replica commits (from `windowMs` ago on). The tail fetches the raw log and
 * decides what is committed itself (see `committed-records.ts`). {@link CompletionLedger.catchUp} answers "has
 * everything on the topic until now been read?", which the per-requestId claim (`publish-once.ts`) needs after
 * it has fenced every other writer.
 */
import { randomUUID } from 'node:crypto';
import { Consumer, FetchIsolationLevels } from '@platformatic/kafka';
import { abortable, pause } from './abortable.ts';
import { CommittedRecords } from './committed-records.ts';

/** Where and how far back to look. */
export interface CompletionLedgerOptions {
  readonly bootstrapBrokers: readonly string[];
  readonly topic: string;
  /** How far back completions are remembered at start. */
  readonly windowMs: number;
  /** Told when the tail stops on an error. */
  readonly onError?: ((message: string, error?: unknown) => void) | undefined;
}

/** A live set of the request ids completed on the topic; reconnects when the broker goes away. */
export class CompletionLedger {
  readonly #options: CompletionLedgerOptions;
  readonly #log = new CommittedRecords();
  #consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
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
      const listed = ledger.#consumer.listOffsets({
        topics,
        timestamp: since,
        isolationLevel: FetchIsolationLevels.READ_UNCOMMITTED,
      });
      const fromTime = (await abortable(listed, signal)).get(options.topic);
      const ends = await abortable(ledger.#ends(), signal);
      for (const [partition, end] of ends) {
        const start = fromTime?.[partition] ?? -1n;
        ledger.#log.next.set(partition, start < 0n ? end : start);
      }
      ledger.#loop = ledger.#tailForever();
      await ledger.catchUp(signal);
      return ledger;
    } catch (error) {
      await ledger.close();
      throw error;
    }
  }

  /** Whether a committed completion for `requestId` was seen. */
  has(requestId: string): boolean {
    return this.#log.seen.has(requestId);
  }

  /** How many committed completion records each request id has on the topic (as read so far). */
  committedCounts(): ReadonlyMap<string, number> {
    return this.#log.counts;
  }

  /** Records a completion this process just committed (before the tail reads it back). */
  add(requestId: string): void {
    this.#log.seen.add(requestId);
  }

  /**
   * Resolves once every record written to the topic before the call (its high watermark) has been read and
   * classified; a transaction still open then stays undecided (it is not the caller's: the claim fenced it).
   *
   * @param signal - Stops waiting (rejects with its reason).
   * @param timeoutMs - Gives up after this long. @defaultValue 30000
   * @throws an Error when the tail did not get there in time (the caller tries again later).
   */
  async catchUp(signal?: AbortSignal, timeoutMs = 30_000): Promise<void> {
    const ends = await abortable(this.#ends(), signal);
    const until = Date.now() + timeoutMs;
    while (![...ends].every(([partition, end]) => (this.#log.next.get(partition) ?? 0n) >= end)) {
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

  #newConsumer(): Consumer<Buffer, Buffer, Buffer, Buffer> {
    const id = `completion-ledger-${randomUUID().slice(0, 8)}`;
    return new Consumer({
      clientId: id,
      groupId: id, // never joined: the ledger fetches by offset
      bootstrapBrokers: [...this.#options.bootstrapBrokers],
      timeout: 15_000,
      retries: 10,
      retryDelay: 500,
    });
  }

  /** Fetches from each partition's leader until closed (or an error, which the caller answers). */
  async #read(): Promise<void> {
    const topic = this.#options.topic;
    const metadata = await this.#consumer.metadata({ topics: [topic] });
    const info = metadata.topics.get(topic);
    if (info === undefined) throw new Error(`topic ${topic} has no metadata`);
    const leaders = new Map<number, number[]>();
    for (const [partition, p] of info.partitions.entries())
      leaders.set(p.leader, [...(leaders.get(p.leader) ?? []), partition]);
    while (!this.#closing) {
      for (const [node, partitions] of leaders) {
        const response = await this.#consumer.fetch({
          node,
          isolationLevel: FetchIsolationLevels.READ_UNCOMMITTED,
          maxWaitTime: 100,
          topics: [
            {
              topicId: info.id,
              partitions: partitions.map((partition) => ({
                partition,
                fetchOffset: this.#log.next.get(partition) ?? 0n,
                partitionMaxBytes: 4 * 1024 * 1024,
                currentLeaderEpoch: -1,
                lastFetchedEpoch: -1,
              })),
            },
          ],
        });
        for (const part of response.responses.flatMap((t) => t.partitions)) {
          if (part.errorCode !== 0)
            throw new Error(`fetch of ${topic}/${part.partitionIndex}: error ${part.errorCode}`);
          this.#log.apply(part.partitionIndex, part.records ?? []);
        }
      }
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
      await old.close(true).catch(() => undefined);
      await new Promise((done) => setTimeout(done, Math.min(5_000, 500 * 2 ** failures)));
      this.#consumer = this.#newConsumer();
    }
  }
}
