import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../src/transport/deadline.ts';
import { DeadlineScheduler, tickFor } from '../../../src/transport/deadline-scheduler.ts';

/** A deadline with undici's side played by a listener that records when (and why) it was aborted. */
function watched(scheduler: DeadlineScheduler, timeoutMs: number, caller?: AbortSignal) {
  const started = performance.now();
  const deadline = new Deadline(timeoutMs, caller, scheduler);
  const fired: { afterMs?: number; reason?: unknown } = {};
  deadline.addEventListener('abort', () => {
    fired.afterMs = performance.now() - started;
    fired.reason = deadline.reason;
  });
  return { deadline, fired };
}

describe('tickFor', () => {
  it('checks every tenth of the limit, between 1 ms and 1 s', () => {
    expect(tickFor(300)).toBe(30);
    expect(tickFor(5)).toBe(1);
    expect(tickFor(30_000)).toBe(1_000);
    expect(tickFor(Number.POSITIVE_INFINITY)).toBe(1_000);
    expect(tickFor(Number.NaN)).toBe(1);
  });
});

describe('DeadlineScheduler', () => {
  it('expires a deadline never early and within one tick (plus lag) of its limit', async () => {
    const scheduler = new DeadlineScheduler();
    const { deadline, fired } = watched(scheduler, 100);
    expect(scheduler.tickMs).toBe(10);
    await sleep(90);
    expect(fired.afterMs).toBeUndefined();
    await sleep(400);
    expect(fired.afterMs).toBeGreaterThanOrEqual(100);
    expect(fired.afterMs).toBeLessThan(450);
    expect(deadline.timedOut).toBe(true);
    expect(String(fired.reason)).toContain('timed out after 100 ms');
    expect(scheduler.size).toBe(0);
  });

  it('handles many deadlines with different limits, never firing the released ones', async () => {
    const scheduler = new DeadlineScheduler();
    const limits = [40, 80, 160, 320];
    const all = Array.from({ length: 40 }, (_, i) => ({
      ...watched(scheduler, limits[i % limits.length] ?? 40),
      released: i % 3 === 0,
    }));
    for (const entry of all) if (entry.released) entry.deadline.dispose();
    expect(scheduler.size).toBe(all.filter((e) => !e.released).length);
    expect(scheduler.tickMs).toBe(4);
    await sleep(900);
    for (const { deadline, fired, released } of all) {
      if (released) {
        expect(fired.afterMs).toBeUndefined();
        expect(deadline.timedOut).toBe(false);
      } else {
        expect(fired.afterMs).toBeGreaterThanOrEqual(deadline.timeoutMs);
        expect(deadline.timedOut).toBe(true);
      }
    }
    expect(scheduler.size).toBe(0);
    expect(scheduler.tickMs).toBeUndefined();
  });

  it('follows the smallest limit in flight and stops when idle', async () => {
    const scheduler = new DeadlineScheduler();
    const long = watched(scheduler, 5_000).deadline;
    expect(scheduler.tickMs).toBe(500);
    const short = watched(scheduler, 50).deadline;
    expect(scheduler.tickMs).toBe(5);
    short.dispose();
    await sleep(30);
    expect(scheduler.tickMs).toBe(500);
    long.dispose();
    expect(scheduler.size).toBe(0);
    await sleep(700);
    expect(scheduler.tickMs).toBeUndefined();
  });

  it('expires a deadline with a nonsensical limit at once instead of never', async () => {
    const scheduler = new DeadlineScheduler();
    const { deadline } = watched(scheduler, Number.NaN);
    expect(scheduler.tickMs).toBe(1);
    await sleep(100);
    expect(deadline.timedOut).toBe(true);
  });

  it('releases a deadline once however often it is stopped', () => {
    const scheduler = new DeadlineScheduler();
    const a = watched(scheduler, 1_000).deadline;
    const b = watched(scheduler, 1_000).deadline;
    a.stopTimer();
    a.dispose();
    a.dispose();
    expect(scheduler.size).toBe(1);
    b.dispose();
    expect(scheduler.size).toBe(0);
  });
});

describe('Deadline', () => {
  it('passes the caller’s abort reason on, first reason only, and stops listening once disposed', () => {
    const scheduler = new DeadlineScheduler();
    const controller = new AbortController();
    const { deadline, fired } = watched(scheduler, 10_000, controller.signal);
    const reason = new Error('caller gave up');
    controller.abort(reason);
    expect(fired.reason).toBe(reason);
    deadline.abort(new Error('later'));
    expect(deadline.reason).toBe(reason);
    expect(deadline.timedOut).toBe(false);
    deadline.dispose();

    const other = new AbortController();
    const second = watched(scheduler, 10_000, other.signal);
    second.deadline.dispose();
    other.abort();
    expect(second.fired.reason).toBeUndefined();
  });

  it('race() settles with the callback, or rejects on expiry when it never comes (a connect that hangs)', async () => {
    const scheduler = new DeadlineScheduler();
    const answered = new Deadline(1_000, undefined, scheduler);
    await expect(answered.race<string>((settle) => settle(null, 'ok'))).resolves.toBe('ok');
    const failed = new Deadline(1_000, undefined, scheduler);
    await expect(failed.race<string>((settle) => settle(new Error('refused'), ''))).rejects.toThrow(
      'refused',
    );
    answered.dispose();
    failed.dispose();

    const deadline = new Deadline(50, undefined, scheduler);
    const hanging = deadline.race<string>(() => {
      // undici never calls back: still waiting for its connection.
    });
    await expect(hanging).rejects.toThrow('timed out after 50 ms');
    expect(deadline.timedOut).toBe(true);
    expect(scheduler.size).toBe(0);
  });
});
