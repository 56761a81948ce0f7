import { HttpError } from '../errors/http-error.ts';
import { NetworkError } from '../errors/network-error.ts';
import { TimeoutError } from '../errors/timeout-error.ts';
import { retryAfterOf } from './status-check.ts';
import type { HttpRequest } from './types.ts';
import { isReplayable } from './wire-body.ts';

/** The resolved retry settings (see `RetryOptions` for each field's meaning and default). */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** No new attempt starts after this much time since the first. */
  readonly maxElapsedMs: number;
  /** The first backoff step. */
  readonly minDelayMs: number;
  /** The longest backoff step. */
  readonly maxDelayMs: number;
  /** A longer `Retry-After` ends retrying. */
  readonly maxRetryAfterMs: number;
  /** The statuses that are retried (never 501). */
  readonly statuses: readonly number[];
  /** Whether a per-attempt timeout is retried. */
  readonly retryOnTimeout: boolean;
}

/** One retry decision, as written to the transcript and the `stratus:transport:retry` debug namespace. */
export interface RetryDecision {
  /** Whether another attempt follows. */
  readonly retrying: boolean;
  /** The wait before the next attempt, when retrying. */
  readonly delayMs: number;
  /** The attempt that failed (1-based). */
  readonly attempt: number;
  /** A one-line explanation, e.g. `retrying in 1.2 s after 503 (attempt 2/10)`. */
  readonly message: string;
}

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/**
 * @param request - The request.
 * @returns Whether it may be sent again: an idempotent method, or a POST/PATCH marked `idempotent: true`.
 */
export function isRetryableRequest(request: HttpRequest): boolean {
  return IDEMPOTENT_METHODS.has(request.method) || request.idempotent === true;
}

/**
 * @param error - A failed attempt's error.
 * @returns Whether the service refused the request without acting on it: a 429 or 503 that says when to come
 *   back (`Retry-After`). Only then is a non-idempotent request (a POST create) sent again.
 */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof HttpError &&
    (error.status === 429 || error.status === 503) &&
    retryAfterOf(error) !== undefined
  );
}

/** Network failures that another attempt cannot fix: a closed transport, a certificate the client rejects. */
const PERMANENT_NETWORK_CODE = /^UND_ERR_(?:DESTROYED|CLOSED)$|CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_/;

function failureName(error: unknown, policy: RetryPolicy): string | undefined {
  if (error instanceof HttpError) {
    return policy.statuses.includes(error.status) ? String(error.status) : undefined;
  }
  if (error instanceof NetworkError) {
    const code = error.systemCode;
    if (code !== undefined && PERMANENT_NETWORK_CODE.test(code)) return undefined;
    return code ?? 'a network error';
  }
  if (error instanceof TimeoutError && policy.retryOnTimeout) return 'a timeout';
  return undefined;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random.
 *
 * @param attempt - The attempt that failed (1-based).
 * @param policy - The delays.
 * @param random - A random number in [0, 1).
 * @returns The wait in milliseconds.
 */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** Where a request stands when an attempt failed. */
export interface FailedAttempt {
  readonly request: HttpRequest;
  readonly error: unknown;
  readonly attempt: number;
  readonly elapsedMs: number;
}

/**
 * Decides whether and when to retry a failed attempt.
 *
 * @param failed - The request, its error, the attempt number and the time spent so far.
 * @param policy - The retry settings.
 * @param random - A random number source for the jitter.
 * @returns The decision, or `undefined` when the failure is not a retryable kind at all (a 404, a 501…).
 */
export function decideRetry(
  failed: FailedAttempt,
  policy: RetryPolicy,
  random: () => number,
): RetryDecision | undefined {
  const what = failureName(failed.error, policy);
  if (what === undefined) return undefined;
  if (!isRetryableRequest(failed.request) && !isRefusal(failed.error)) return undefined;
  const { attempt } = failed;
  const stop = (why: string): RetryDecision => ({ retrying: false, delayMs: 0, attempt, message: why });
  if (!isReplayable(failed.request)) {
    return stop(`not retrying after ${what}: the request body was a stream and cannot be sent again`);
  }
  if (attempt >= policy.maxAttempts)
    return stop(`giving up after ${what} (attempt ${attempt}/${policy.maxAttempts})`);
  const retryAfter = retryAfterOf(failed.error);
  if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) {
    return stop(
      `not retrying after ${what}: Retry-After ${seconds(retryAfter)} exceeds the ${seconds(policy.maxRetryAfterMs)} cap (maxRetryAfterMs)`,
    );
  }
  const delayMs = retryAfter ?? backoffMs(attempt, policy, random);
  if (failed.elapsedMs + delayMs > policy.maxElapsedMs) {
    return stop(
      `giving up after ${what}: waiting ${seconds(delayMs)} would pass the ${seconds(policy.maxElapsedMs)} retry budget (maxElapsedMs)`,
    );
  }
  const source = retryAfter === undefined ? '' : ' (Retry-After)';
  return {
    retrying: true,
    delayMs,
    attempt,
    message: `retrying in ${seconds(delayMs)}${source} after ${what} (attempt ${attempt + 1}/${policy.maxAttempts})`,
  };
}
