/** The gate on a replica's stack POSTs: never more than its limit at once, waiters in arrival order, a wait given up on abort. */
import { describe, expect, it } from 'vitest';
import { gatesPerEndpoint, PostGate } from '../../src/jobs/post-gate.ts';

const tick = () => new Promise((done) => setTimeout(done, 5));

describe('PostGate', () => {
  it('runs at most `limit` at once and the waiters in the order they came', async () => {
    const gate = new PostGate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        gate.run(async () => {
          running += 1;
          most = Math.max(most, running);
          order.push(i);
          await tick();
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('a waiter whose signal aborts gives up its turn and the next one runs; a throw frees the place', async () => {
    const gate = new PostGate(1);
    const first = gate.run(async () => {
      await tick();
      throw new Error('heat 500');
    });
    const controller = new AbortController();
    const second = gate.run(() => Promise.resolve('second'), controller.signal);
    const third = gate.run(() => Promise.resolve('third'));
    controller.abort(new Error('lease lost'));
    await expect(second).rejects.toThrow('lease lost');
    await expect(first).rejects.toThrow('heat 500');
    await expect(third).resolves.toBe('third');
  });

  it('0 means no limit', async () => {
    const gate = new PostGate(0);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        gate.run(async () => {
          running += 1;
          most = Math.max(most, running);
          await tick();
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(5);
  });

  it('one gate per Heat endpoint', () => {
    const gateOf = gatesPerEndpoint(2);
    expect(gateOf('http://a/v1/p')).toBe(gateOf('http://a/v1/p'));
    expect(gateOf('http://a/v1/p')).not.toBe(gateOf('http://b/v1/p'));
  });
});
