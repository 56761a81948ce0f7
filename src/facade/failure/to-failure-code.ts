import { ResourceFailedError } from '../../compute/resource-failed-error.ts';
import { AmbiguousResourceError } from '../../errors/ambiguous-resource-error.ts';
import { CloudError } from '../../errors/cloud-error.ts';
import { HttpError } from '../../errors/http-error.ts';
import { TimeoutError } from '../../errors/timeout-error.ts';
import { FacadeOperationError } from './facade-error.ts';
import { type Failure, FailureCode } from './failure-code.ts';

// Provider texts that mean "not enough room": Nova's and Cinder's quota faults, the scheduler's "No valid host".
const CAPACITY = /quota|no valid host|limit exceeded|exceeded .*limit|insufficient (capacity|resources)/i;
const EXISTS = /already exists|duplicate|already in use by another|name .* is (taken|in use)/i;
const MISSING_REFERENCE =
  /(image|flavor|network|snapshot|volume|key ?pair|subnet|security group)\b.*(could not be found|not found|does not exist)|invalid (imageref|flavorref)/i;
const FAILED_STATE = /(^|_)FAILED$|^ERROR$|^error(_\w+)?$|^killed$/i;

function reasonOf(error: unknown): string {
  if (error instanceof HttpError) return error.fault ?? error.message;
  if (error instanceof ResourceFailedError) return error.fault ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

function fromHttp(error: HttpError): FailureCode {
  const text = `${error.fault ?? ''} ${error.message}`;
  if (error.status === 413 || error.status === 429 || CAPACITY.test(text))
    return FailureCode.INSUFFICIENT_CAPACITY;
  if (error.status === 409 && EXISTS.test(text)) return FailureCode.RESOURCE_ALREADY_EXISTS;
  if (error.status === 404) return FailureCode.RESOURCE_NOT_FOUND;
  if (error.status === 400 && MISSING_REFERENCE.test(text)) return FailureCode.RESOURCE_NOT_FOUND;
  if (EXISTS.test(text)) return FailureCode.RESOURCE_ALREADY_EXISTS;
  return FailureCode.INTERNAL_ERROR;
}

/**
 * Maps a provider state and its reason onto a failure code: `ERROR` and `*_FAILED` are infrastructure
 * errors, unless the reason says the cloud ran out of room (quota, no valid host).
 *
 * @param state - The provider's state, e.g. `ERROR`, `DELETE_FAILED`, `error_extending`.
 * @param reason - The provider's reason, when it gave one.
 * @returns The failure, or `undefined` when the state is not a failure.
 * @example
 * ```ts
 * import { stateToFailure } from 'stratus/facade';
 * stateToFailure('DELETE_FAILED', 'server is locked')?.failureCode; // 'INFRASTRUCTURE_ERROR'
 * ```
 */
export function stateToFailure(state: string, reason: string | undefined): Failure | undefined {
  if (!FAILED_STATE.test(state)) return undefined;
  const why = reason === undefined || reason === '' ? state : `${state}: ${reason}`;
  if (reason !== undefined && CAPACITY.test(reason))
    return { failureCode: FailureCode.INSUFFICIENT_CAPACITY, description: why };
  return { failureCode: FailureCode.INFRASTRUCTURE_ERROR, description: why };
}

/**
 * The one table from errors to failure codes (see `docs/facade.md`):
 * quota, 413, 429 and "No valid host" → `INSUFFICIENT_CAPACITY`; a name that exists →
 * `RESOURCE_ALREADY_EXISTS`; a missing referenced image, flavor or network → `RESOURCE_NOT_FOUND`; a provider
 * `ERROR` or `*_FAILED` state → `INFRASTRUCTURE_ERROR` with the provider's reason; a wait that ran out of time →
 * `INFRASTRUCTURE_ERROR`; anything else → `INTERNAL_ERROR`.
 *
 * @param error - Anything thrown.
 * @returns The failure code and a description carrying the provider's reason.
 * @example
 * ```ts
 * import { toFailureCode } from 'stratus/facade';
 * toFailureCode(new Error('boom')).failureCode; // 'INTERNAL_ERROR'
 * ```
 */
export function toFailureCode(error: unknown): Failure {
  const description = reasonOf(error);
  if (error instanceof FacadeOperationError) return { failureCode: error.failureCode, description };
  if (error instanceof ResourceFailedError) {
    const failure = stateToFailure(error.state === 'DELETED' ? 'ERROR' : error.state, error.fault);
    return failure ?? { failureCode: FailureCode.INFRASTRUCTURE_ERROR, description };
  }
  if (error instanceof HttpError) return { failureCode: fromHttp(error), description };
  if (error instanceof TimeoutError) return { failureCode: FailureCode.INFRASTRUCTURE_ERROR, description };
  if (error instanceof AmbiguousResourceError)
    return { failureCode: FailureCode.INTERNAL_ERROR, description };
  if (error instanceof CloudError && CAPACITY.test(description))
    return { failureCode: FailureCode.INSUFFICIENT_CAPACITY, description };
  return { failureCode: FailureCode.INTERNAL_ERROR, description };
}
