import { ResourceFailedError } from '../../compute/resource-failed-error.ts';
import { AuthenticationError } from '../../errors/authentication-error.ts';
import { CloudError } from '../../errors/cloud-error.ts';
import { EndpointNotFoundError } from '../../errors/endpoint-not-found-error.ts';
import { HttpError } from '../../errors/http-error.ts';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
} from '../../errors/http-status-errors.ts';
import { NetworkError } from '../../errors/network-error.ts';
import { TimeoutError } from '../../errors/timeout-error.ts';
import { ResourceUnhealthyError } from '../document/apply.ts';
import { ReferencedObjectNotFoundError } from '../document/resolver.ts';
import { StackOperationFailedError } from '../engines/stack/apply.ts';
import { type Failure, FailureCode } from './failure-code.ts';

/** Provider texts that mean "no room": Nova's scheduler, quota faults from every service. */
const CAPACITY =
  /no valid host|quota exceeded|quota.*exceed|exceeds? .*quota|over ?limit|insufficient.*capacity/i;
/** Provider texts that mean "a referenced object is missing" (Nova answers 400 for a bad image/flavor/network). */
const MISSING = /could not be found|not found|invalid imageref|can ?not find|does not exist|no such/i;
/** Provider texts that mean "the name is taken". */
const EXISTS = /already exists|duplicate|is in use by another|name .*taken/i;

/** Stable codes that mean a referenced or adopted object is missing. */
const MISSING_CODES: ReadonlySet<string> = new Set(['ERR_ADOPTED_NOT_FOUND', 'ERR_KEY_PAIR_NOT_FOUND']);

/**
 * Maps any error a facade operation met to Brent's failure code and a description.
 *
 * @remarks
 * The one table of the project (see `docs/facade.md`): quota, 413, 429 and "No valid host" →
 * `INSUFFICIENT_CAPACITY`; a name that exists → `RESOURCE_ALREADY_EXISTS`; a missing image, flavor or network
 * → `RESOURCE_NOT_FOUND`; a resource in ERROR or `*_FAILED`, or a failing service → `INFRASTRUCTURE_ERROR` with
 * the provider's reason; anything else → `INTERNAL_ERROR`. The description is the error's message, which
 * never carries a secret.
 *
 * @param error - What was thrown.
 * @returns The failure code and description.
 * @example
 * ```ts
 * import { toFailureCode } from 'stratus/facade';
 * console.log(toFailureCode(new Error('boom')).failureCode); // 'INTERNAL_ERROR'
 * ```
 */
export function toFailureCode(error: unknown): Failure {
  const description = error instanceof Error ? error.message : String(error);
  return { failureCode: codeOf(error), description };
}

function codeOf(error: unknown): FailureCode {
  if (error instanceof ResourceFailedError) return failedResourceCode(error);
  if (error instanceof HttpError) return httpCode(error);
  if (error instanceof CloudError) return cloudCode(error);
  return FailureCode.INTERNAL_ERROR;
}

function failedResourceCode(error: ResourceFailedError): FailureCode {
  if (CAPACITY.test(error.fault ?? '')) return FailureCode.INSUFFICIENT_CAPACITY;
  return FailureCode.INFRASTRUCTURE_ERROR;
}

function httpCode(error: HttpError): FailureCode {
  const text = error.fault ?? error.message;
  if (error instanceof RateLimitError || CAPACITY.test(text)) return FailureCode.INSUFFICIENT_CAPACITY;
  if (error instanceof ConflictError || EXISTS.test(text)) return FailureCode.RESOURCE_ALREADY_EXISTS;
  if (error instanceof NotFoundError) return FailureCode.RESOURCE_NOT_FOUND;
  if (error instanceof BadRequestError && MISSING.test(text)) return FailureCode.RESOURCE_NOT_FOUND;
  if (error instanceof ForbiddenError && CAPACITY.test(text)) return FailureCode.INSUFFICIENT_CAPACITY;
  if (error instanceof ServerError) return FailureCode.INFRASTRUCTURE_ERROR;
  return FailureCode.INTERNAL_ERROR;
}

function cloudCode(error: CloudError): FailureCode {
  if (error instanceof ReferencedObjectNotFoundError || MISSING_CODES.has(error.code)) {
    return FailureCode.RESOURCE_NOT_FOUND;
  }
  if (error instanceof ResourceUnhealthyError || error instanceof StackOperationFailedError) {
    return CAPACITY.test(error.message)
      ? FailureCode.INSUFFICIENT_CAPACITY
      : FailureCode.INFRASTRUCTURE_ERROR;
  }
  if (error instanceof NetworkError || error instanceof TimeoutError) return FailureCode.INFRASTRUCTURE_ERROR;
  if (error instanceof AuthenticationError || error instanceof EndpointNotFoundError) {
    return FailureCode.INFRASTRUCTURE_ERROR;
  }
  return FailureCode.INTERNAL_ERROR;
}
