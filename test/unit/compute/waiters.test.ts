import { describe, expect, it } from 'vitest';
import { pollUntil, type WaitProgress } from '../../../src/compute/waiters.ts';
import { ConfigurationError, ResourceFailedError, TimeoutError } from '../../../src/index.ts';

function sequence(values: readonly (string | undefined)[]): () => Promise<string | undefined> {
  let i = 0;
  return async () => values[Math.min(i++, values.length - 1)];
}

const spec = (fetch: () => Promise<string | undefined>) => ({
  description: 'thing t to be ACTIVE',
  resourceId: 't',
  fetch,
  check: (v: string | undefined) =>
    v === 'ACTIVE'
      ? ({ kind: 'done' } as const)
      : v === 'ERROR'
        ? ({ kind: 'failed', state: 'ERROR', fault: 'No valid host was found.' } as const)
        : ({ kind: 'continue' } as const),
  status: (v: string | undefined) => v ?? 'gone',
});

describe('pollUntil', () => {
  it('polls until done and reports progress for every poll', async () => {
    const seen: WaitProgress<string>[] = [];
    const value = await pollUntil(spec(sequence(['BUILD', 'BUILD', 'ACTIVE'])), {
      intervalMs: 1,
      onProgress: (p) => seen.push(p),
    });
    expect(value).toBe('ACTIVE');
    expect(seen.map((p) => [p.attempt, p.status])).toEqual([
      [1, 'BUILD'],
      [2, 'BUILD'],
      [3, 'ACTIVE'],
    ]);
  });

  it('fails with the fault message when the resource goes to ERROR', async () => {
    const error = await pollUntil(spec(sequence(['BUILD', 'ERROR'])), { intervalMs: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResourceFailedError);
    expect(error).toMatchObject({ resourceId: 't', state: 'ERROR', fault: 'No valid host was found.' });
    expect(String(error)).toContain('No valid host was found.');
  });

  it('times out with the last status in the message', async () => {
    const error = await pollUntil(spec(sequence(['BUILD'])), { intervalMs: 5, timeoutMs: 30 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(String(error)).toContain('last status BUILD');
  });

  it('backs off between polls up to the maximum interval', async () => {
    const times: number[] = [];
    await pollUntil(
      spec(async () => {
        times.push(performance.now());
        return times.length >= 5 ? 'ACTIVE' : 'BUILD';
      }),
      { intervalMs: 10, backoffFactor: 2, maxIntervalMs: 30 },
    );
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    // 10, 20, 30, 30 nominal, ±20 % jitter
    expect(gaps[0]).toBeGreaterThanOrEqual(7);
    expect(gaps[1]).toBeGreaterThanOrEqual(15);
    expect(gaps[3]).toBeLessThan(60);
  });

  it('rejects with the abort reason when the signal fires', async () => {
    const controller = new AbortController();
    const promise = pollUntil(spec(sequence(['BUILD'])), { intervalMs: 1_000 }, controller.signal);
    setTimeout(() => controller.abort(new Error('stop waiting')), 10);
    await expect(promise).rejects.toThrow('stop waiting');
  });

  it('rejects bad options with a ConfigurationError naming the field', async () => {
    await expect(pollUntil(spec(sequence(['ACTIVE'])), { intervalMs: -1 })).rejects.toThrow(
      ConfigurationError,
    );
    await expect(pollUntil(spec(sequence(['ACTIVE'])), { backoffFactor: 0.5 })).rejects.toThrow(
      /backoffFactor/,
    );
  });
});
