import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/**
 * A response body was larger than `maxResponseBytes`: reading stopped at the limit and the connection was
 * closed, so a runaway or hostile answer cannot exhaust memory.
 */
export class ResponseTooLargeError extends CloudError {
  /** The limit in force (`maxResponseBytes`). */
  readonly limitBytes: number;
  /** The declared `content-length`, or the bytes read when the limit was passed. */
  readonly receivedBytes: number;

  /**
   * @param message - The request, the size and the fix.
   * @param limitBytes - The limit in force.
   * @param receivedBytes - The declared or read size.
   * @param options - The cause, if any.
   */
  constructor(message: string, limitBytes: number, receivedBytes: number, options: CloudErrorOptions = {}) {
    super(message, 'ERR_RESPONSE_TOO_LARGE', options);
    this.limitBytes = limitBytes;
    this.receivedBytes = receivedBytes;
  }
}
