import { CloudError } from 'stratus';

/** The HTTP statuses the driver answers errors with (SPEC §1). */
export type ApiErrorStatus = 400 | 404 | 405 | 413 | 415 | 500 | 503;

/**
 * An error the HTTP layer turns into `{localizedMessage, status}` with that status: 400 for a bad request
 * (invalid body, unsupported lifecycle or template construct, unknown stack, unreachable location), 503 for a
 * temporary failure, 500 otherwise.
 */
export class DriverApiError extends CloudError {
  /** The HTTP status to answer with. */
  readonly status: ApiErrorStatus;

  /**
   * @param status - The HTTP status.
   * @param message - What was wrong and how to fix it (sent to Brent as `localizedMessage`).
   * @param code - A stable code, e.g. `ERR_INVALID_LIFECYCLE`.
   * @param cause - The underlying error.
   */
  constructor(status: ApiErrorStatus, message: string, code: string, cause?: unknown) {
    super(message, code, { cause });
    this.status = status;
  }
}

/**
 * A 400: the request cannot be served as sent.
 *
 * @param message - What was wrong and how to fix it.
 * @param code - A stable code. @defaultValue `'ERR_BAD_REQUEST'`
 * @param cause - The underlying error.
 * @returns The error.
 */
export function badRequest(message: string, code = 'ERR_BAD_REQUEST', cause?: unknown): DriverApiError {
  return new DriverApiError(400, message, code, cause);
}
