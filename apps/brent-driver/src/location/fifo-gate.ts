/**
 * At most `limit` pieces of work at once, the rest waiting in arrival order. In front of one Heat, it turns
 * processor sharing into a queue: N stack creates sent at once all finish near N × the work of one (Heat
 * interleaves them), while N queued ones finish one after another, so the median wait is about halved and the
 * last one is no later.
 */
export class FifoGate {
  readonly #limit: number;
  readonly #waiting: (() => void)[] = [];
  #active = 0;

  /** @param limit - How many may run at once (at least 1). */
  constructor(limit: number) {
    this.#limit = Math.max(1, Math.floor(limit));
  }

  /**
   * Runs the work when a place is free.
   *
   * @param work - The work.
   * @param signal - Gives up waiting (the work is not started) with the signal's reason.
   * @returns What the work returned.
   */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.#active >= this.#limit) await this.#wait(signal);
    this.#active += 1;
    try {
      return await work();
    } finally {
      this.#active -= 1;
      this.#waiting.shift()?.();
    }
  }

  #wait(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    return new Promise<void>((resolve, reject) => {
      const go = () => {
        signal?.removeEventListener('abort', abandon);
        resolve();
      };
      const abandon = () => {
        const at = this.#waiting.indexOf(go);
        if (at >= 0) this.#waiting.splice(at, 1);
        reject(signal?.reason);
      };
      this.#waiting.push(go);
      signal?.addEventListener('abort', abandon, { once: true });
    });
  }
}
