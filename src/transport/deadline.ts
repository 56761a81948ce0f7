/**
 * One attempt's time limit as an `AbortSignal`, chained to the caller's signal.
 *
 * @remarks
 * Unlike `AbortSignal.timeout`, the timer can be stopped once the headers of a streamed download have arrived
 * (the body is then bounded by undici's idle `bodyTimeout`), while the caller's signal keeps cancelling it.
 */
export class Deadline {
  /** Aborted when the time is up or the caller aborts. */
  readonly signal: AbortSignal;
  readonly #controller: AbortController;
  readonly #caller: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #timedOut = false;

  /**
   * @param timeoutMs - The limit in milliseconds.
   * @param caller - The caller's signal, if any.
   */
  constructor(timeoutMs: number, caller: AbortSignal | undefined) {
    this.#controller = new AbortController();
    this.signal = this.#controller.signal;
    this.#caller = caller;
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#controller.abort(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    if (caller?.aborted) this.#controller.abort(caller.reason);
    else caller?.addEventListener('abort', this.#onCallerAbort, { once: true });
  }

  /** Whether the time limit (not the caller) ended the attempt. */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Stops the timer; the caller's signal still cancels. */
  stopTimer(): void {
    clearTimeout(this.#timer);
  }

  /** Stops the timer and detaches from the caller's signal. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener('abort', this.#onCallerAbort);
  }

  readonly #onCallerAbort = (): void => {
    this.#controller.abort(this.#caller?.reason);
  };
}
