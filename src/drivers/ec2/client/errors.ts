import { AuthenticationError } from '../../../errors/authentication-error.ts';
import type { CloudError } from '../../../errors/cloud-error.ts';
import { HttpError, type HttpErrorInit } from '../../../errors/http-error.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
} from '../../../errors/http-status-errors.ts';
import { InsufficientCapacityError } from '../../../errors/insufficient-capacity-error.ts';
import type { Middleware } from '../../../transport/types.ts';

type Factory = (init: HttpErrorInit, retryAfterMs: number | undefined) => CloudError;

const notFound: Factory = (init) => new NotFoundError(init);
const conflict: Factory = (init) => new ConflictError(init);
const capacity: Factory = (init) => new InsufficientCapacityError(init);
const throttled: Factory = (init, retryAfterMs) => new RateLimitError(init, retryAfterMs);
const auth: Factory = (init) =>
  new AuthenticationError(
    `${init.service ?? 'EC2'} refused the credentials: ${init.fault ?? init.faultCode}`,
    {
      status: init.status,
      requestId: init.requestId,
    },
  );

/** EC2 and CloudFormation error codes whose class differs from what their HTTP status says. */
const BY_CODE: ReadonlyMap<string, Factory> = new Map([
  ['RequestLimitExceeded', throttled],
  ['Throttling', throttled],
  ['ThrottlingException', throttled],
  ['InsufficientInstanceCapacity', capacity],
  ['InsufficientHostCapacity', capacity],
  ['InsufficientAddressCapacity', capacity],
  ['InsufficientReservedInstanceCapacity', capacity],
  ['InsufficientCapacity', capacity],
  ['AuthFailure', auth],
  ['InvalidClientTokenId', auth],
  ['SignatureDoesNotMatch', auth],
  ['UnauthorizedOperation', (init) => new ForbiddenError(init)],
  ['IncorrectState', conflict],
  ['IncorrectInstanceState', conflict],
  ['VolumeInUse', conflict],
  ['DependencyViolation', conflict],
  ['ResourceInUse', conflict],
  ['AlreadyExistsException', conflict],
  ['InvalidPermission.Duplicate', conflict],
]);

/**
 * Picks the error class for an EC2 error code: the table, then the `.NotFound` / `.Duplicate` families.
 *
 * @param code - E.g. `InvalidInstanceID.NotFound`.
 * @returns The factory, or `undefined` to keep the status table's choice.
 */
function factoryFor(code: string): Factory | undefined {
  const exact = BY_CODE.get(code);
  if (exact) return exact;
  if (code.endsWith('.NotFound') || code.endsWith('NotFound') || code.endsWith('.Unavailable'))
    return notFound;
  if (code.endsWith('.Duplicate') || code.endsWith('.InUse')) return conflict;
  return undefined;
}

/**
 * Re-types an {@link HttpError} by the EC2 error code its body named (the transport parsed it into `faultCode`).
 *
 * @param error - What the pipeline threw.
 * @returns The re-typed error (the original as its `cause`), or `error` as it was.
 */
export function retypeEc2Error(error: unknown): unknown {
  if (!(error instanceof HttpError) || error.faultCode === undefined) return error;
  const factory = factoryFor(error.faultCode);
  if (factory === undefined) return error;
  const { retryAfterMs } = error;
  const init: HttpErrorInit = {
    status: error.status,
    method: error.method,
    url: error.url,
    service: error.service,
    fault: error.fault,
    requestId: error.requestId,
    faultCode: error.faultCode,
    retryAfterMs,
    cause: error,
  };
  const retyped = factory(init, retryAfterMs);
  return retyped.constructor === error.constructor ? error : retyped;
}

/**
 * A middleware (outside retry) that maps EC2 error codes onto Stratus's error classes: `*.NotFound` →
 * {@link NotFoundError}, `RequestLimitExceeded` → {@link RateLimitError}, `InsufficientInstanceCapacity` →
 * {@link InsufficientCapacityError}, `AuthFailure` → {@link AuthenticationError}, `*.Duplicate` /
 * `IncorrectState` → {@link ConflictError}.
 *
 * @returns The middleware.
 */
export function ec2Errors(): Middleware {
  return (next) => (request, context) =>
    next(request, context).catch((error: unknown) => {
      throw retypeEc2Error(error);
    });
}
