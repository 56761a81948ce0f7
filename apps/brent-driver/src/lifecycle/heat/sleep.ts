/**
 * Waits `ms`, or rejects with the signal's own reason as soon as it aborts (the waits between stack look-ups).
 *
 * @param ms - How long.
 * @param signal - Ends the wait early.
 * @returns Resolves after `ms`.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    if (signal?.aborted) return fail(signal.reason);
    const timer = setTimeout(done, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        fail(signal.reason);
      },
      { once: true },
    );
  });
}
