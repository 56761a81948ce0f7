import { CloudError, type CloudErrorOptions } from '../../errors/cloud-error.ts';
import type { FailureCode } from './failure-code.ts';

/** What a {@link FacadeOperationError} knows. */
export interface FacadeOperationErrorOptions extends CloudErrorOptions {
  /** The failure code this error maps to. */
  readonly failureCode: FailureCode;
  /** Whether running the same operation again is safe (nothing half-made was left behind). */
  readonly retrySafe: boolean;
  /** Ids of what the operation made and could not remove, if any. */
  readonly leftBehind?: readonly string[] | undefined;
}

/**
 * A facade operation failed; it says which failure code applies and whether a retry is safe.
 *
 * @remarks
 * A failed create removes what it made before throwing. `retrySafe` is `true` when that cleanup worked (or
 * nothing was made); `leftBehind` lists the ids it could not remove.
 *
 * @example
 * ```ts
 * import { FacadeOperationError, FailureCode } from 'stratus/facade';
 * const error = new FacadeOperationError('no flavor "huge"', 'ERR_REFERENCE_NOT_FOUND', {
 *   failureCode: FailureCode.RESOURCE_NOT_FOUND,
 *   retrySafe: true,
 * });
 * console.log(error.retrySafe); // true
 * ```
 */
export class FacadeOperationError extends CloudError {
  /** The failure code. */
  readonly failureCode: FailureCode;
  /** Whether a retry is safe. */
  readonly retrySafe: boolean;
  /** What could not be cleaned up. */
  readonly leftBehind: readonly string[];

  /**
   * @param message - What failed, and how to fix it when the caller can.
   * @param code - The stable error code, e.g. `ERR_REFERENCE_NOT_FOUND`.
   * @param options - Failure code, retry safety, leftovers and cause.
   */
  constructor(message: string, code: string, options: FacadeOperationErrorOptions) {
    super(message, code, options);
    this.failureCode = options.failureCode;
    this.retrySafe = options.retrySafe;
    this.leftBehind = Object.freeze([...(options.leftBehind ?? [])]);
  }
}
