/**
 * The failure vocabulary of long operations (the Brent completion format).
 *
 * @example
 * ```ts
 * import { FailureCode } from 'stratus/facade';
 * console.log(FailureCode.INSUFFICIENT_CAPACITY);
 * ```
 */
export const FailureCode = {
  /** A resource with that name already exists. */
  RESOURCE_ALREADY_EXISTS: 'RESOURCE_ALREADY_EXISTS',
  /** A referenced resource (image, flavor, network…) does not exist. */
  RESOURCE_NOT_FOUND: 'RESOURCE_NOT_FOUND',
  /** The provider put the resource in an error or failed state. */
  INFRASTRUCTURE_ERROR: 'INFRASTRUCTURE_ERROR',
  /** Quota, rate limit or no capacity (no valid host). */
  INSUFFICIENT_CAPACITY: 'INSUFFICIENT_CAPACITY',
  /** Anything unexpected. */
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

/** One of the {@link FailureCode} values. */
export type FailureCode = (typeof FailureCode)[keyof typeof FailureCode];

/** A failure code with a human description. */
export interface Failure {
  /** The code. */
  readonly failureCode: FailureCode;
  /** What failed and why, with the provider's reason when there is one. */
  readonly description: string;
}
