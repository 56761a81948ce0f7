import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/transport/retry-after.ts';

const NOW = Date.parse('2026-11-22T10:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay seconds, fractional too', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1_500);
  });

  it('reads the three HTTP date forms relative to now', () => {
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Sunday, 22-Nov-26 10:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Sun Nov 22 10:00:05 2026', NOW)).toBe(5_000);
  });

  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:00:00 GMT', NOW)).toBe(0);
  });

  it('gives undefined when absent or unparsable', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter('', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
    expect(parseRetryAfter('2026', NOW)).toBe(2_026_000);
    expect(parseRetryAfter('Sun, 99 Foo 2026 GMT', NOW)).toBeUndefined();
  });
});
