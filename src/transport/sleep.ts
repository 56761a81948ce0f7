/**
 * Waits `ms` milliseconds, or rejects with the signal's own reason as soon as it aborts.
 *
 * @remarks Unlike `node:timers/promises`, the rejection is the caller's abort reason itself (not an `AbortError`
 * wrapping it), which is what every Stratus wait promises its callers.
 * @param ms - How long to wait.
 * @param signal - Aborts the wait.
 * @returns A promise that resolves after `ms`.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
