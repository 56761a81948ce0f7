/**
 * The failure codes of Brent's completion messages: every failed facade operation reports one of them.
 *
 * @example
 * ```ts
 * import { FailureCode } from 'stratus/facade';
 * console.log(FailureCode.INSUFFICIENT_CAPACITY); // 'INSUFFICIENT_CAPACITY'
 * ```
 */
export const FailureCode = {
  /** A quota, a 413/429 answer or "No valid host": retry later or elsewhere. */
  INSUFFICIENT_CAPACITY: 'INSUFFICIENT_CAPACITY',
  /** Something by that name already exists. */
  RESOURCE_ALREADY_EXISTS: 'RESOURCE_ALREADY_EXISTS',
  /** A referenced image, flavor, network or other object does not exist. */
  RESOURCE_NOT_FOUND: 'RESOURCE_NOT_FOUND',
  /** The provider failed: a resource went to ERROR or *_FAILED, or the service broke. */
  INFRASTRUCTURE_ERROR: 'INFRASTRUCTURE_ERROR',
  /** Anything unexpected, including a bad request or configuration. */
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

/** One of the {@link FailureCode} values. */
export type FailureCode = (typeof FailureCode)[keyof typeof FailureCode];

/** A failure code with the description that goes with it. */
export interface Failure {
  /** The code. */
  readonly failureCode: FailureCode;
  /** What failed, with the provider's reason when it gave one. No secret: error messages never carry one. */
  readonly description: string;
}
