import { describe, expect, it } from 'vitest';
import { runInOrder } from '../../../../src/facade/document/schedule.ts';

const needs = new Map<string, ReadonlySet<string>>([
  ['a', new Set()],
  ['b', new Set()],
  ['c', new Set()],
  ['d', new Set(['a', 'b'])],
  ['e', new Set(['d'])],
]);

describe('runInOrder', () => {
  it('runs independent tasks concurrently up to the limit, each after its prerequisites', async () => {
    const started: string[] = [];
    let running = 0;
    let peak = 0;
    await runInOrder(
      needs,
      async (name) => {
        started.push(name);
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running -= 1;
      },
      { concurrency: 2 },
    );
    expect(peak).toBe(2);
    expect(started.indexOf('d')).toBeGreaterThan(Math.max(started.indexOf('a'), started.indexOf('b')));
    expect(started.at(-1)).toBe('e');
  });

  it('skips what depends on a failed task and runs the rest', async () => {
    const ran: string[] = [];
    const outcomes = await runInOrder(
      needs,
      async (name) => {
        ran.push(name);
        if (name === 'a') throw new Error('a broke');
      },
      { concurrency: 4 },
    );
    expect(ran.sort()).toEqual(['a', 'b', 'c']);
    expect(outcomes.get('d')).toMatchObject({ ok: false, skipped: true });
    expect(String((outcomes.get('e') as { error: Error }).error.message)).toContain('d failed');
    expect(outcomes.get('c')).toEqual({ ok: true });
  });
});
