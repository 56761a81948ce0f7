import { describe, expect, it } from 'vitest';
import { HttpError, NetworkError, NotFoundError, TimeoutError } from '../../../src/errors/index.ts';
import { resolveTransportOptions } from '../../../src/transport/resolve-options.ts';
import {
  backoffMs,
  decideRetry,
  isRetryableRequest,
  type RetryPolicy,
} from '../../../src/transport/retry-policy.ts';
import type { HttpRequest } from '../../../src/transport/types.ts';

const POLICY: RetryPolicy = {
  maxAttempts: 4,
  maxElapsedMs: 10_000,
  minDelayMs: 500,
  maxDelayMs: 3_000,
  maxRetryAfterMs: 60_000,
  statuses: [408, 429, 502, 503, 504],
  retryOnTimeout: false,
};
const GET: HttpRequest = { method: 'GET', url: 'http://x/' };
const http = (status: number): HttpError => new HttpError({ status, method: 'GET', url: 'http://x/' });

describe('isRetryableRequest', () => {
  it('accepts idempotent methods and marked POST/PATCH only', () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'] as const) {
      expect(isRetryableRequest({ method, url: 'u' })).toBe(true);
    }
    expect(isRetryableRequest({ method: 'POST', url: 'u' })).toBe(false);
    expect(isRetryableRequest({ method: 'PATCH', url: 'u' })).toBe(false);
    expect(isRetryableRequest({ method: 'POST', url: 'u', idempotent: true })).toBe(true);
  });
});

describe('backoffMs', () => {
  it('doubles from minDelayMs up to maxDelayMs, with half of each step random', () => {
    expect(backoffMs(1, POLICY, () => 0)).toBe(250);
    expect(backoffMs(1, POLICY, () => 0.999_999)).toBe(500);
    expect(backoffMs(2, POLICY, () => 0)).toBe(500);
    expect(backoffMs(3, POLICY, () => 1)).toBe(2_000);
    expect(backoffMs(10, POLICY, () => 1)).toBe(3_000);
  });
});

describe('decideRetry', () => {
  const decide = (error: unknown, attempt = 1, elapsedMs = 0, request = GET) =>
    decideRetry({ request, error, attempt, elapsedMs }, POLICY, () => 0.5);

  it('retries the configured statuses and network errors with a readable note', () => {
    expect(decide(http(503))).toEqual({
      retrying: true,
      delayMs: 375,
      attempt: 1,
      message: 'retrying in 0.4 s after 503 (attempt 2/4)',
    });
    expect(decide(new NetworkError('x', 'ECONNRESET'))?.message).toBe(
      'retrying in 0.4 s after ECONNRESET (attempt 2/4)',
    );
  });

  it('has no opinion on failures that are never retried', () => {
    expect(decide(http(501))).toBeUndefined();
    expect(decide(new NotFoundError({ status: 404, method: 'GET', url: 'u' }))).toBeUndefined();
    expect(decide(new TimeoutError('t', 5))).toBeUndefined();
    expect(decide(new Error('bug'))).toBeUndefined();
    expect(decide(new NetworkError('closed', 'UND_ERR_DESTROYED'))).toBeUndefined();
    expect(decide(new NetworkError('tls', 'DEPTH_ZERO_SELF_SIGNED_CERT'))).toBeUndefined();
    expect(decide(new NetworkError('tls', 'ERR_TLS_CERT_ALTNAME_INVALID'))).toBeUndefined();
  });

  it('retries timeouts only when asked', () => {
    const decision = decideRetry(
      { request: GET, error: new TimeoutError('t', 5), attempt: 1, elapsedMs: 0 },
      { ...POLICY, retryOnTimeout: true },
      () => 0,
    );
    expect(decision?.retrying).toBe(true);
  });

  it('stops at maxAttempts and before passing the time budget', () => {
    expect(decide(http(503), 4)).toMatchObject({
      retrying: false,
      message: 'giving up after 503 (attempt 4/4)',
    });
    expect(decide(http(503), 1, 9_900)).toMatchObject({ retrying: false });
    expect(decide(http(503), 1, 9_900)?.message).toContain('retry budget');
  });

  it('refuses to retry a streamed body', () => {
    const request: HttpRequest = { method: 'PUT', url: 'u', body: (async function* () {})() };
    expect(decide(http(503), 1, 0, request)).toMatchObject({ retrying: false });
  });
});

describe('the default budget (issue 14, defect 5)', () => {
  it('keeps retrying through nine failures in a row at the slowest jitter, within maxElapsedMs', () => {
    const resolved = resolveTransportOptions({}, {}).retry;
    if (resolved === false) throw new Error('retries are on by default');
    let elapsedMs = 0;
    for (let attempt = 1; attempt < 10; attempt++) {
      const decision = decideRetry({ request: GET, error: http(503), attempt, elapsedMs }, resolved, () => 1);
      expect(decision?.retrying).toBe(true);
      elapsedMs += (decision?.delayMs ?? 0) + 1_000; // each attempt itself takes a second
    }
    expect(elapsedMs).toBeLessThanOrEqual(resolved.maxElapsedMs);
    const last = decideRetry({ request: GET, error: http(503), attempt: 10, elapsedMs }, resolved, () => 1);
    expect(last?.retrying).toBe(false);
  });

  it('at a 20 % fault rate, the chance that 900 calls do not all succeed stays under 1 in 10,000', () => {
    const resolved = resolveTransportOptions({}, {}).retry;
    if (resolved === false) throw new Error('retries are on by default');
    const callFails = 0.2 ** resolved.maxAttempts;
    expect(1 - (1 - callFails) ** 900).toBeLessThan(1e-4);
  });
});
