import { AuthenticationError } from './authentication-error.ts';
import type { CloudError } from './cloud-error.ts';
import { formatHttpMessage, HttpError, type HttpErrorInit } from './http-error.ts';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  ServiceUnavailableError,
} from './http-status-errors.ts';

type Factory = (init: HttpErrorInit, retryAfterMs?: number) => CloudError;

const TABLE: ReadonlyMap<number, Factory> = new Map<number, Factory>([
  [400, (init) => new BadRequestError(init)],
  [
    401,
    (init) => new AuthenticationError(formatHttpMessage(init), { status: 401, requestId: init.requestId }),
  ],
  [403, (init) => new ForbiddenError(init)],
  [404, (init) => new NotFoundError(init)],
  [409, (init) => new ConflictError(init)],
  [413, (init, retryAfterMs) => new RateLimitError(init, retryAfterMs)],
  [429, (init, retryAfterMs) => new RateLimitError(init, retryAfterMs)],
  [503, (init) => new ServiceUnavailableError(init)],
]);

/**
 * Picks the error class for an HTTP status from the one status table.
 *
 * @param init - The exchange that failed.
 * @param retryAfterMs - The parsed `Retry-After`, for 413 and 429.
 * @returns The error to throw.
 */
export function errorForStatus(init: HttpErrorInit, retryAfterMs?: number): CloudError {
  const factory = TABLE.get(init.status);
  if (factory) return factory(init, retryAfterMs);
  if (init.status >= 500) return new ServerError(init);
  return new HttpError(init);
}
