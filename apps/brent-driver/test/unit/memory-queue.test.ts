import { describe, expect, it } from 'vitest';
import { MemoryJobQueue } from '../../src/jobs/memory-queue.ts';
import type { Job } from '../../src/jobs/queue.ts';

describe('MemoryJobQueue', () => {
  it('re-runs a job after its retry delay with the next attempt number, then drops it when done', async () => {
    const queue = new MemoryJobQueue<string>();
    const seen: { attempt: number; at: number }[] = [];
    const finished = Promise.withResolvers<void>();
    await queue.start((job: Job<string>) => {
      seen.push({ attempt: job.attempt, at: Date.now() });
      if (job.attempt < 3) return Promise.resolve({ kind: 'retry', delayMs: 40 });
      finished.resolve();
      return Promise.resolve({ kind: 'done' });
    });
    await queue.enqueue('j1', 'payload');
    await finished.promise;
    await queue.stop();
    expect(seen.map((s) => s.attempt)).toEqual([1, 2, 3]);
    expect((seen[1]?.at ?? 0) - (seen[0]?.at ?? 0)).toBeGreaterThanOrEqual(35);
    expect(queue.waiting).toEqual([]);
  });

  it('stop aborts the handler and hands the in-flight job back to the queue', async () => {
    const queue = new MemoryJobQueue<string>();
    const started = Promise.withResolvers<void>();
    await queue.start(async (_job, signal) => {
      started.resolve();
      await new Promise<void>((done) => signal.addEventListener('abort', () => done()));
      return { kind: 'retry', delayMs: 0 };
    });
    await queue.enqueue('j1', 'payload');
    await started.promise;
    await queue.stop();
    expect(queue.waiting.map((j) => [j.id, j.attempt])).toEqual([['j1', 2]]);
  });

  it('a thrown handler is retried after the error delay, not dropped', async () => {
    const queue = new MemoryJobQueue<string>({ errorRetryDelayMs: 10 });
    let calls = 0;
    const twice = Promise.withResolvers<void>();
    await queue.start(() => {
      calls += 1;
      if (calls === 1) return Promise.reject(new Error('boom'));
      twice.resolve();
      return Promise.resolve({ kind: 'done' });
    });
    await queue.enqueue('j1', 'x');
    await twice.promise;
    await queue.stop();
    expect(calls).toBe(2);
  });

  it('a retry may replace the payload, and the next attempt sees the new one', async () => {
    const queue = new MemoryJobQueue<{ polls: number }>();
    const seen: number[] = [];
    const finished = Promise.withResolvers<void>();
    await queue.start((job) => {
      seen.push(job.payload.polls);
      if (job.payload.polls < 2) {
        return Promise.resolve({ kind: 'retry', delayMs: 0, payload: { polls: job.payload.polls + 1 } });
      }
      finished.resolve();
      return Promise.resolve({ kind: 'done' });
    });
    await queue.enqueue('j1', { polls: 0 });
    await finished.promise;
    await queue.stop();
    expect(seen).toEqual([0, 1, 2]);
  });
});
