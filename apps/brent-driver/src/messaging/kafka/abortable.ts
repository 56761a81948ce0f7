/** Waits that a caller can abandon: the Kafka client's calls take no AbortSignal, so they are raced with one. */

/**
 * Settles like `promise`, or rejects with `signal.reason` as soon as `signal` aborts (the promise keeps running;
 * the caller closes whatever it belongs to).
 *
 * @param promise - The work.
 * @param signal - Abandons the wait.
 * @returns The work's result.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Waits `ms`.
 *
 * @param ms - How long.
 * @param signal - Rejects with its reason when it aborts first.
 */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return abortable(new Promise<void>((done) => setTimeout(done, ms)), signal);
}
