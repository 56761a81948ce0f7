import { EventEmitter } from 'node:events';

/** What a {@link Deadline} reports to: the transport's shared scheduler. */
export interface DeadlineWatcher {
  /**
   * Starts watching a deadline.
   *
   * @param deadline - The attempt's deadline.
   */
  watch(deadline: Deadline): void;
  /**
   * Stops watching a deadline (called once, when it settles or expires).
   *
   * @param deadline - The attempt's deadline.
   */
  release(deadline: Deadline): void;
}

/**
 * One attempt's whole-attempt time limit, and the abort signal handed to undici, chained to the caller's
 * `AbortSignal`.
 *
 * @remarks
 * The deadline owns no timer: the transport's `DeadlineScheduler` checks every in-flight deadline on one
 * shared, unref'd interval and calls {@link Deadline.expire} when `timeoutMs` has passed. Per attempt this
 * costs one small object linked into (and out of) the scheduler's list, instead of a timer, an
 * `AbortController` or a listener closure.
 *
 * undici accepts an EventEmitter or an EventTarget as `signal`; it prefers `addEventListener` when there is
 * one, so this class (an EventEmitter for undici's types) keeps undici's single listener in a field instead of
 * going through the emitter's listener machinery. It must not have an `aborted` property: undici would then
 * take it for an `AbortSignal`. The wire checks `caller.aborted` itself before sending.
 */
export class Deadline extends EventEmitter {
  /** Why the attempt was aborted: the caller's reason, or a timeout error. */
  reason: unknown;
  /** Whether the time limit (not the caller) ended the attempt. */
  timedOut = false;
  /** The neighbours in the scheduler's list of deadlines in flight (owned by the scheduler). */
  prev: Deadline | undefined;
  /** See {@link Deadline.prev}. */
  next: Deadline | undefined;
  /** The time limit in milliseconds. */
  readonly timeoutMs: number;
  /** When the limit passes, on the `performance.now()` clock. */
  readonly expiresAt: number;
  readonly #caller: AbortSignal | undefined;
  readonly #watcher: DeadlineWatcher;
  #watched = true;
  #listener: (() => void) | undefined;
  #reject: ((reason: unknown) => void) | undefined;
  #ended = false;

  /**
   * @param timeoutMs - The limit in milliseconds.
   * @param caller - The caller's signal, if any.
   * @param watcher - The scheduler that enforces the limit.
   */
  constructor(timeoutMs: number, caller: AbortSignal | undefined, watcher: DeadlineWatcher) {
    super();
    this.timeoutMs = timeoutMs;
    this.expiresAt = performance.now() + timeoutMs;
    this.#caller = caller;
    this.#watcher = watcher;
    // The deadline itself is the caller's listener (`handleEvent`): no closure per attempt.
    caller?.addEventListener('abort', this, { once: true });
    watcher.watch(this);
  }

  /**
   * undici's listener registration (it calls this instead of `once`, since it exists).
   *
   * @param _type - Always `'abort'`.
   * @param listener - undici's abort handler.
   */
  addEventListener(_type: 'abort', listener: () => void): void {
    this.#listener = listener;
  }

  /**
   * undici's listener removal, when the request settles.
   *
   * @param _type - Always `'abort'`.
   * @param listener - undici's abort handler.
   */
  removeEventListener(_type: 'abort', listener: () => void): void {
    if (this.#listener === listener) this.#listener = undefined;
  }

  /**
   * Starts the undici call and settles with its callback, or rejects with the abort reason as soon as the
   * attempt ends.
   *
   * @remarks
   * undici does not act on its signal while a request waits for its connection (the signal only marks it, and
   * a connect that hangs is ended by undici's own connect timeout, 10 s by default); racing the call makes the
   * limit and the caller's abort end the attempt there too. undici cancels the request itself once it starts.
   * The callback form of `Dispatcher.request` is what `undici.request` wraps in a promise: using it here, the
   * race costs one promise per attempt instead of three.
   *
   * @param start - Starts the call with a node-style callback.
   * @returns The call's result, or the abort.
   */
  race<T>(start: (settle: (error: Error | null, value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#reject = reject;
      start((error, value) => (error === null ? resolve(value) : reject(error)));
    });
  }

  /** The caller's signal fired (the deadline is registered as its listener object). */
  handleEvent(): void {
    this.abort(this.#caller?.reason);
  }

  /** The time is up: called by the scheduler. */
  expire(): void {
    this.stopTimer();
    this.timedOut = true;
    this.abort(new Error(`timed out after ${this.timeoutMs} ms`));
  }

  /** Stops the time limit (a streamed body after its headers); the caller's signal still cancels. */
  stopTimer(): void {
    if (!this.#watched) return;
    this.#watched = false;
    this.#watcher.release(this);
  }

  /** Stops the time limit and detaches from the caller's signal. */
  dispose(): void {
    this.stopTimer();
    this.#caller?.removeEventListener('abort', this);
  }

  /**
   * Ends the attempt (the caller aborted, or the time is up); only the first reason counts.
   *
   * @param reason - Why.
   */
  abort(reason: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.reason = reason;
    const listener = this.#listener;
    this.#listener = undefined;
    listener?.();
    this.#reject?.(reason);
  }
}
