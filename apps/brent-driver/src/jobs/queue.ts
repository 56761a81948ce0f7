/**
 * The durable job queue the monitor runs on: a job is handed to exactly one consumer at a time, and it stays
 * in the queue (or goes back to it) until its handler says it is done. Implementations: {@link MemoryJobQueue}
 * (one process, for unit tests) and the Kafka queue (a consumer group shared by every replica).
 */

/** A JSON value, as a job payload must be one to survive the wire. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** One unit of work as the queue holds it. */
export interface Job<T extends JsonValue = JsonValue> {
  /** Stable id (the same across retries). */
  readonly id: string;
  /** What to do; serialisable. */
  readonly payload: T;
  /** 1 for the first run, then one more for every retry. */
  readonly attempt: number;
  /** Epoch ms before which the job must not run (its retry delay). */
  readonly notBefore: number;
}

/** What a handler decided about a job. */
export type JobOutcome<T extends JsonValue = JsonValue> =
  /** Finished (successfully or with a reported failure): remove it from the queue. */
  | { readonly kind: 'done' }
  /**
   * Not finished yet: run it again after `delayMs`, with `attempt + 1`, and with `payload` instead of the old
   * payload when one is given (a handler keeps its own counters there, e.g. consecutive temporary errors).
   */
  | { readonly kind: 'retry'; readonly delayMs: number; readonly payload?: T | undefined };

/**
 * Runs one job. A thrown error counts as a retry after the queue's default delay (a handler that wants to give
 * up must report the failure itself and return `done`).
 *
 * @param job - The job.
 * @param signal - Aborted when the queue stops, or (Kafka) when this consumer loses the job's partition to
 *   another replica; the handler should return `retry` soon after, and stop any work it keeps running for the
 *   job between runs.
 */
export type JobHandler<T extends JsonValue = JsonValue> = (
  job: Job<T>,
  signal: AbortSignal,
) => Promise<JobOutcome<T>>;

/** A durable queue of jobs of one kind. */
export interface JobQueue<T extends JsonValue = JsonValue> {
  /**
   * Adds a job; resolves once the job is durable (a crash after this loses nothing).
   *
   * @param id - The job id.
   * @param payload - What to do.
   * @param delayMs - Do not run it before this many ms from now.
   */
  enqueue(id: string, payload: T, delayMs?: number): Promise<void>;
  /**
   * Starts handing jobs to `handler` (at most one consumer per queue object).
   *
   * @param handler - Decides each job's outcome.
   */
  start(handler: JobHandler<T>): Promise<void>;
  /**
   * Stops taking jobs; jobs in flight finish or are handed back (re-queued) so another consumer takes them.
   * Resolves when nothing is in flight any more.
   */
  stop(): Promise<void>;
}

/** Tuning shared by queue implementations. */
export interface JobQueueOptions {
  /** How many jobs run at once in this process. @defaultValue 32 */
  readonly concurrency?: number | undefined;
  /** Delay before re-running a job whose handler threw. @defaultValue 2000 */
  readonly errorRetryDelayMs?: number | undefined;
}
