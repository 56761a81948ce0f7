/**
 * At most `limit` stack POSTs of this replica at Heat at a time, the rest waiting in arrival order. Heat's engine
 * interleaves the POSTs it holds, so a burst sent at once is stored all together at the end of the burst and only
 * then starts creating; taken a few at a time, the first stacks are creating while the later POSTs are still
 * being validated.
 */
export class PostGate {
  readonly #limit: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  /** @param limit - POSTs at once; 0 means no limit. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /**
   * Runs `send` when a place is free.
   *
   * @param send - The POST.
   * @param signal - Gives up the wait (the job's lease was lost, the queue stops).
   * @returns What `send` returned.
   * @throws `signal.reason` when aborted while waiting; whatever `send` throws.
   */
  async run<T>(send: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    // a place is handed from the POST that ends to the first waiter, so none slips in between
    if (this.#limit > 0 && this.#running >= this.#limit) await this.#wait(signal);
    else this.#running += 1;
    try {
      return await send();
    } finally {
      const next = this.#waiting.shift();
      if (next === undefined) this.#running -= 1;
      else next();
    }
  }

  #wait(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    return new Promise((done, fail) => {
      const go = () => {
        signal?.removeEventListener('abort', abort);
        done();
      };
      const abort = () => {
        const at = this.#waiting.indexOf(go);
        if (at >= 0) this.#waiting.splice(at, 1);
        fail(signal?.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      this.#waiting.push(go);
    });
  }
}

/**
 * One {@link PostGate} per Heat endpoint, made on first use.
 *
 * @param limit - POSTs at once per endpoint; 0 means no limit.
 * @returns The gate of an endpoint.
 */
export function gatesPerEndpoint(limit: number): (endpoint: string) => PostGate {
  const gates = new Map<string, PostGate>();
  return (endpoint) => {
    let gate = gates.get(endpoint);
    if (gate === undefined) {
      gate = new PostGate(limit);
      gates.set(endpoint, gate);
    }
    return gate;
  };
}
