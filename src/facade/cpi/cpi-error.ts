import { CloudError } from '../../errors/cloud-error.ts';
import type { FailureCode } from '../failure/failure-code.ts';
import { toFailureCode } from '../failure/to-failure-code.ts';

/**
 * A CPI operation failed. Says whether the operation can be retried as is, and what it cleaned up.
 *
 * @example
 * ```ts
 * import { CpiError } from 'stratus/facade';
 * const error = new CpiError('create_vm', new Error('boom'), { retrySafe: true, cleanedUp: [] });
 * console.log(error.failureCode, error.retrySafe); // 'INTERNAL_ERROR' true
 * ```
 */
export class CpiError extends CloudError {
  /** The CPI method that failed, e.g. `create_vm`. */
  readonly method: string;
  /** Brent's failure code for the cause. */
  readonly failureCode: FailureCode;
  /** `true` when nothing the operation made is left behind, so running it again cannot duplicate anything. */
  readonly retrySafe: boolean;
  /** What the operation removed again before it threw, e.g. `server 1a2b…`. */
  readonly cleanedUp: readonly string[];

  /**
   * @param method - The CPI method.
   * @param cause - What went wrong.
   * @param outcome - Whether a retry is safe, and what was cleaned up.
   */
  constructor(method: string, cause: unknown, outcome: { retrySafe: boolean; cleanedUp: readonly string[] }) {
    const failure = toFailureCode(cause);
    const cleaned = outcome.cleanedUp.length === 0 ? '' : `; removed again: ${outcome.cleanedUp.join(', ')}`;
    const retry = outcome.retrySafe
      ? 'a retry is safe'
      : 'something may be left behind: check before retrying';
    super(
      `${method} failed (${failure.failureCode}): ${failure.description}${cleaned}; ${retry}`,
      'ERR_CPI',
      {
        cause,
      },
    );
    this.method = method;
    this.failureCode = failure.failureCode;
    this.retrySafe = outcome.retrySafe;
    this.cleanedUp = outcome.cleanedUp;
  }
}
