import { describe, expect, it } from 'vitest';
import { FifoGate } from '../../src/location/fifo-gate.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('FifoGate (stack creates in front of one Heat)', () => {
  it('runs at most `limit` at once, and the rest in arrival order', async () => {
    const gate = new FifoGate(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const works = Array.from({ length: 6 }, (_, i) =>
      gate.run(async () => {
        started.push(i);
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((r) => releases.push(r));
        running -= 1;
        return i;
      }),
    );
    for (let done = 0; done < 6; done++) {
      await tick();
      releases.shift()?.();
    }
    expect(await Promise.all(works)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('a waiter whose signal aborts leaves the queue without running, with the reason; the others go on', async () => {
    const gate = new FifoGate(1);
    let release = () => {};
    const first = gate.run(() => new Promise<string>((r) => (release = () => r('first'))));
    const controller = new AbortController();
    let ran = false;
    const abandoned = gate.run(async () => {
      ran = true;
    }, controller.signal);
    const third = gate.run(async () => 'third');
    controller.abort(new Error('client went away'));
    await expect(abandoned).rejects.toThrow('client went away');
    release();
    expect(await first).toBe('first');
    expect(await third).toBe('third');
    expect(ran).toBe(false);
  });

  it('a failing work frees its place', async () => {
    const gate = new FifoGate(1);
    await expect(gate.run(() => Promise.reject(new Error('heat said no')))).rejects.toThrow('heat said no');
    expect(await gate.run(async () => 'next')).toBe('next');
  });
});
