import type { Deadline, DeadlineWatcher } from './deadline.ts';

/** The coarsest check interval: a deadline fires at most this late (plus event-loop lag). */
const MAX_TICK_MS = 1_000;
/** The finest check interval. */
const MIN_TICK_MS = 1;

/**
 * The check interval for a time limit: a tenth of it, between 1 ms and 1 s.
 *
 * @param timeoutMs - A time limit in milliseconds.
 * @returns The interval in milliseconds.
 */
export function tickFor(timeoutMs: number): number {
  const tickMs = Math.floor(timeoutMs / 10);
  // Written with comparisons so that a NaN limit gets the finest tick rather than no timer at all.
  if (tickMs >= MAX_TICK_MS) return MAX_TICK_MS;
  return tickMs >= MIN_TICK_MS ? tickMs : MIN_TICK_MS;
}

/**
 * One coarse timer per transport that enforces the whole-attempt time limit of every request in flight.
 *
 * @remarks
 * The deadlines in flight form a doubly linked list through their own `prev`/`next` fields, so starting and
 * settling an attempt costs a few field writes: no timer, no hashing, nothing kept alive after it settles.
 * While the list is not empty, one unref'd interval ticks every tenth of the smallest limit in flight (at most
 * 1 s) and expires the deadlines past their time, so a deadline never fires early and at most one tick late
 * (10 % of its limit, or 1 s, plus event-loop lag). The interval stops at the first tick that finds the list
 * empty, and being unref'd it never keeps the process alive. In the common case undici's own `headersTimeout`
 * and `bodyTimeout` (armed to the same limit by the wire) fire first; the scheduler is the backstop for what
 * they do not bound: a connect that hangs, and a body that trickles in without ever going idle.
 */
export class DeadlineScheduler implements DeadlineWatcher {
  #head: Deadline | undefined;
  #size = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  #tickMs = Number.POSITIVE_INFINITY;

  /** The number of deadlines in flight; for tests. */
  get size(): number {
    return this.#size;
  }

  /** The current check interval in milliseconds, or `undefined` when stopped; for tests. */
  get tickMs(): number | undefined {
    return this.#timer === undefined ? undefined : this.#tickMs;
  }

  /**
   * Starts watching a deadline until it is released.
   *
   * @param deadline - The attempt's deadline.
   */
  watch(deadline: Deadline): void {
    const head = this.#head;
    deadline.next = head;
    if (head !== undefined) head.prev = deadline;
    this.#head = deadline;
    this.#size++;
    const tickMs = tickFor(deadline.timeoutMs);
    if (tickMs < this.#tickMs) this.#start(tickMs);
  }

  /**
   * Stops watching a deadline; the deadline calls this exactly once.
   *
   * @param deadline - A watched deadline.
   */
  release(deadline: Deadline): void {
    const { prev, next } = deadline;
    if (prev === undefined) this.#head = next;
    else prev.next = next;
    if (next !== undefined) next.prev = prev;
    deadline.prev = undefined;
    deadline.next = undefined;
    this.#size--;
  }

  #start(tickMs: number): void {
    clearInterval(this.#timer);
    this.#tickMs = tickMs;
    this.#timer = setInterval(this.#tick, tickMs);
    this.#timer.unref();
  }

  readonly #tick = (): void => {
    const now = performance.now();
    let smallestMs = Number.POSITIVE_INFINITY;
    for (let deadline = this.#head; deadline !== undefined; ) {
      const next = deadline.next;
      // expire() releases the deadline (unlinks it) before undici hears of the abort.
      // `!(now < …)` so that a NaN deadline expires at once, as a NaN `setTimeout` would.
      if (!(now < deadline.expiresAt)) deadline.expire();
      else smallestMs = Math.min(smallestMs, deadline.timeoutMs);
      deadline = next;
    }
    if (this.#head === undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
      this.#tickMs = Number.POSITIVE_INFINITY;
    } else if (tickFor(smallestMs) !== this.#tickMs) {
      this.#start(tickFor(smallestMs));
    }
  };
}
