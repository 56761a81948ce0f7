import pRetry from 'p-retry';
import {
  decideRetry,
  isRefusal,
  isRetryableRequest,
  type RetryDecision,
  type RetryPolicy,
} from './retry-policy.ts';
import { sleep } from './sleep.ts';
import type { HttpRequest, HttpResponse, Middleware, RequestContext } from './types.ts';

/** What {@link retry} needs besides the policy. */
export interface RetryHooks {
  /** Told about every retry decision (for the transcript and debug output). */
  readonly onDecision?: ((decision: RetryDecision, request: HttpRequest) => void) | undefined;
  /** The jitter source. @defaultValue `Math.random` */
  readonly random?: (() => number) | undefined;
}

/**
 * The retry middleware (on p-retry): network errors and 408/429/502/503/504 by default, idempotent requests
 * only — a non-idempotent one only after a refusal (429 or 503 with `Retry-After`: the service did not act) —
 * `Retry-After` honoured up to a cap, exponential backoff with jitter, attempt and total-time limits,
 * abortable by the caller's signal. A 501 (and any other status) is never retried.
 *
 * @param policy - The resolved settings.
 * @param hooks - Decision listener and jitter source.
 * @returns The middleware; each attempt passes its number as `context.attempt`.
 */
export function retry(policy: RetryPolicy, hooks: RetryHooks = {}): Middleware {
  const random = hooks.random ?? Math.random;
  return (next) =>
    (request: HttpRequest, context: RequestContext): Promise<HttpResponse> => {
      if (policy.maxAttempts <= 1) return next(request, context);
      const started = performance.now();
      if (!isRetryableRequest(request)) {
        return next(request, context).catch((first: unknown) => {
          if (!isRefusal(first)) throw first;
          return retryLoop({ next, request, context, started, first }, policy, hooks.onDecision, random);
        });
      }
      // The first attempt runs bare (no p-retry bookkeeping on the common, successful path); p-retry takes over
      // the loop from the second attempt: it counts, stops on the caller's signal, and asks the policy each time.
      return next(request, context).catch((first: unknown) =>
        retryLoop({ next, request, context, started, first }, policy, hooks.onDecision, random),
      );
    };
}

interface Loop {
  readonly next: (request: HttpRequest, context: RequestContext) => Promise<HttpResponse>;
  readonly request: HttpRequest;
  readonly context: RequestContext;
  readonly started: number;
  readonly first: unknown;
}

async function retryLoop(
  loop: Loop,
  policy: RetryPolicy,
  onDecision: RetryHooks['onDecision'],
  random: () => number,
): Promise<HttpResponse> {
  const { next, request, context } = loop;
  const shouldRetry = async (error: unknown, attempt: number): Promise<boolean> => {
    const elapsedMs = performance.now() - loop.started;
    const decision = decideRetry({ request, error, attempt, elapsedMs }, policy, random);
    if (decision === undefined) return false;
    onDecision?.(decision, request);
    if (!decision.retrying) return false;
    await sleep(decision.delayMs, context.signal);
    return true;
  };
  if (!(await shouldRetry(loop.first, 1))) throw loop.first;
  const base = context.attempt;
  return pRetry((n) => next(request, { ...context, attempt: base + n }), {
    retries: policy.maxAttempts,
    minTimeout: 0,
    factor: 1,
    signal: context.signal,
    shouldRetry: ({ error, attemptNumber }) => shouldRetry(error, attemptNumber + 1),
  });
}
