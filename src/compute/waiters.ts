import { ConfigurationError } from '../errors/configuration-error.ts';
import { TimeoutError } from '../errors/timeout-error.ts';
import { sleep } from '../transport/sleep.ts';
import { ResourceFailedError } from './resource-failed-error.ts';

/** How a wait polls. Every field is optional; the resolved form is frozen. */
export interface WaitOptions<T = unknown> {
  /** Give up after this long. @defaultValue 600000 (10 minutes) */
  readonly timeoutMs?: number | undefined;
  /** The first delay between two polls. @defaultValue 1000 */
  readonly intervalMs?: number | undefined;
  /** The longest delay between two polls. @defaultValue 10000 */
  readonly maxIntervalMs?: number | undefined;
  /** Each delay is the previous one times this factor (plus ±20 % jitter). @defaultValue 1.5 */
  readonly backoffFactor?: number | undefined;
  /** Called after every poll with what was seen. */
  readonly onProgress?: ((progress: WaitProgress<T>) => void) | undefined;
}

/** What a wait reports after each poll. */
export interface WaitProgress<T> {
  /** 1 for the first poll. */
  readonly attempt: number;
  /** Time since the wait started, in milliseconds. */
  readonly elapsedMs: number;
  /** The provider's status as seen by this poll, e.g. `BUILD`. */
  readonly status: string;
  /** The value seen by this poll; `undefined` when the resource was not found. */
  readonly value: T | undefined;
}

/** The outcome of one poll: keep going, done, or failed with a reason. */
export type PollVerdict =
  | { readonly kind: 'done' }
  | { readonly kind: 'continue' }
  | { readonly kind: 'failed'; readonly state: string; readonly fault?: string | undefined };

/** What to poll and how to judge each answer. */
export interface PollSpec<T> {
  /** Names the resource and the goal for messages, e.g. `server abc to be running`. */
  readonly description: string;
  /** The resource id, for errors. */
  readonly resourceId: string;
  /** Fetches the resource by id (never a full list); `undefined` when it is gone. */
  readonly fetch: (signal?: AbortSignal) => Promise<T | undefined>;
  /** Judges one answer. */
  readonly check: (value: T | undefined) => PollVerdict;
  /** Describes one answer's status for progress reports. */
  readonly status: (value: T | undefined) => string;
}

interface ResolvedWait {
  readonly timeoutMs: number;
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  readonly backoffFactor: number;
}

function positive(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(`\`${field}\` must be a non-negative number of milliseconds, got ${value}`);
  }
  return value;
}

function resolveWait(options: WaitOptions<never>): ResolvedWait {
  const factor = options.backoffFactor ?? 1.5;
  if (!Number.isFinite(factor) || factor < 1) {
    throw new ConfigurationError(`\`backoffFactor\` must be a number ≥ 1, got ${factor}`);
  }
  return Object.freeze({
    timeoutMs: positive(options.timeoutMs, 600_000, 'timeoutMs'),
    intervalMs: positive(options.intervalMs, 1_000, 'intervalMs'),
    maxIntervalMs: positive(options.maxIntervalMs, 10_000, 'maxIntervalMs'),
    backoffFactor: factor,
  });
}

/**
 * Polls one resource by id with exponential backoff and jitter until it reaches its goal.
 *
 * @param spec - What to fetch and how to judge it.
 * @param options - Timeout, intervals and a progress callback.
 * @param signal - Aborts the wait (the promise rejects with the signal's reason).
 * @returns The last value seen, once the check says `done` (may be `undefined` when waiting for deletion).
 * @throws {@link ResourceFailedError} when the check reports a failure.
 * @throws {@link TimeoutError} when `timeoutMs` passes first.
 * @throws {@link ConfigurationError} for a negative interval or timeout.
 * @example
 * ```ts
 * import { pollUntil } from 'stratus';
 * const value = await pollUntil(
 *   {
 *     description: 'counter to reach 1',
 *     resourceId: 'c',
 *     fetch: async () => 1,
 *     check: (v) => (v === 1 ? { kind: 'done' } : { kind: 'continue' }),
 *     status: (v) => String(v),
 *   },
 *   { intervalMs: 10 },
 * );
 * ```
 */
export async function pollUntil<T>(
  spec: PollSpec<T>,
  options: WaitOptions<T> = {},
  signal?: AbortSignal,
): Promise<T | undefined> {
  const wait = resolveWait(options);
  const started = performance.now();
  let delay = wait.intervalMs;
  for (let attempt = 1; ; attempt++) {
    const value = await spec.fetch(signal);
    const elapsedMs = performance.now() - started;
    const status = spec.status(value);
    options.onProgress?.({ attempt, elapsedMs, status, value });
    const verdict = spec.check(value);
    if (verdict.kind === 'done') return value;
    if (verdict.kind === 'failed') {
      const why = verdict.fault ? `: ${verdict.fault}` : '';
      throw new ResourceFailedError(`${spec.description} failed: it went to ${verdict.state}${why}`, {
        resourceId: spec.resourceId,
        state: verdict.state,
        fault: verdict.fault,
      });
    }
    const remaining = wait.timeoutMs - elapsedMs;
    if (remaining <= 0) {
      throw new TimeoutError(
        `Timed out after ${Math.round(elapsedMs)} ms waiting for ${spec.description} (last status ${status})`,
        wait.timeoutMs,
      );
    }
    const jittered = delay * (0.8 + Math.random() * 0.4);
    await sleep(Math.min(jittered, remaining), signal);
    delay = Math.min(wait.maxIntervalMs, delay * wait.backoffFactor);
  }
}
