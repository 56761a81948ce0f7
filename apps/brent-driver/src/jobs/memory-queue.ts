import type { Job, JobHandler, JobQueue, JobQueueOptions, JsonValue } from './queue.ts';

/**
 * An in-process {@link JobQueue}: jobs live in memory and are lost with the process. Used by the unit tests
 * and by a single driver started without Kafka; the semantics (delays, attempts, stop hands jobs back) are the
 * Kafka queue's.
 */
export class MemoryJobQueue<T extends JsonValue = JsonValue> implements JobQueue<T> {
  readonly #waiting: Job<T>[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  readonly #concurrency: number;
  readonly #errorRetryDelayMs: number;
  #handler: JobHandler<T> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #stopping = new AbortController();

  /** @param options - Concurrency and the delay after a thrown handler. */
  constructor(options: JobQueueOptions = {}) {
    this.#concurrency = options.concurrency ?? 32;
    this.#errorRetryDelayMs = options.errorRetryDelayMs ?? 2000;
  }

  /** The jobs not running now (for tests and `stop` assertions). */
  get waiting(): readonly Job<T>[] {
    return [...this.#waiting];
  }

  /** {@inheritDoc JobQueue.enqueue} */
  enqueue(id: string, payload: T, delayMs = 0): Promise<void> {
    this.#waiting.push({ id, payload, attempt: 1, notBefore: Date.now() + delayMs });
    this.#pump();
    return Promise.resolve();
  }

  /** {@inheritDoc JobQueue.start} */
  start(handler: JobHandler<T>): Promise<void> {
    if (this.#handler !== undefined) throw new Error('MemoryJobQueue.start called twice');
    this.#handler = handler;
    this.#stopping = new AbortController();
    this.#pump();
    return Promise.resolve();
  }

  /** {@inheritDoc JobQueue.stop} */
  async stop(): Promise<void> {
    this.#handler = undefined;
    this.#stopping.abort();
    clearTimeout(this.#timer);
    await Promise.all([...this.#inFlight]);
  }

  #pump(): void {
    const handler = this.#handler;
    if (handler === undefined) return;
    clearTimeout(this.#timer);
    const now = Date.now();
    this.#waiting.sort((a, b) => a.notBefore - b.notBefore);
    while (this.#inFlight.size < this.#concurrency) {
      const next = this.#waiting[0];
      if (next === undefined || next.notBefore > now) break;
      this.#waiting.shift();
      const run = this.#run(handler, next).finally(() => {
        this.#inFlight.delete(run);
        this.#pump();
      });
      this.#inFlight.add(run);
    }
    const first = this.#waiting[0];
    if (first !== undefined && this.#inFlight.size < this.#concurrency) {
      this.#timer = setTimeout(() => this.#pump(), Math.max(0, first.notBefore - now));
    }
  }

  async #run(handler: JobHandler<T>, job: Job<T>): Promise<void> {
    let delayMs = this.#errorRetryDelayMs;
    let payload = job.payload;
    try {
      const outcome = await handler(job, this.#stopping.signal);
      if (outcome.kind === 'done') return;
      delayMs = outcome.delayMs;
      payload = outcome.payload ?? payload;
    } catch {
      // a thrown handler is retried after the error delay with its old payload
    }
    this.#waiting.push({ ...job, payload, attempt: job.attempt + 1, notBefore: Date.now() + delayMs });
  }
}
