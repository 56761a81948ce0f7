/** The two waits of the Kafka job queue: until a job is due, and until a commit lands. */

/** A consumed record that can commit itself. */
interface CommittableRecord {
  commit(): void | Promise<void>;
}

/**
 * Commits, trying again for up to a minute while the broker is away (a lost partition fails for good).
 *
 * @param record - The record to commit up to.
 */
export async function commitWithRetry(record: CommittableRecord): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await record.commit();
      return;
    } catch (error) {
      if (attempt >= 12) throw error;
      await new Promise((done) => setTimeout(done, 5_000));
    }
  }
}

/**
 * Waits until `epochMs`.
 *
 * @param epochMs - When.
 * @param signal - Ends the wait early.
 * @returns false when `signal` aborted first.
 */
export function sleepUntil(epochMs: number, signal: AbortSignal): Promise<boolean> {
  const ms = epochMs - Date.now();
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
