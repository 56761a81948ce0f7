import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/** A request or a wait did not finish within its time limit. */
export class TimeoutError extends CloudError {
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  /**
   * @param message - What timed out.
   * @param timeoutMs - The limit that was exceeded.
   * @param options - The cause, if any.
   */
  constructor(message: string, timeoutMs: number, options: CloudErrorOptions = {}) {
    super(message, 'ERR_TIMEOUT', options);
    this.timeoutMs = timeoutMs;
  }
}
