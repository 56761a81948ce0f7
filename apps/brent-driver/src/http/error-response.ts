import { AuthenticationError, ConfigurationError, HttpError, NetworkError, TimeoutError } from 'stratus';
import { DriverApiError } from './api-error.ts';

/** `ErrorResponse` of the OpenAPI files. */
export interface ErrorBody {
  /** The message. */
  readonly localizedMessage: string;
  /** The HTTP status, repeated. */
  readonly status: number;
}

/**
 * Maps any error to the status and body the API answers with: {@link DriverApiError} keeps its status; a
 * location that refuses the login or cannot be reached is a 400 (`UnreachableDeploymentLocationError` in the
 * original); an OpenStack 503 or a timeout is a 503 (temporary); anything else is a 500.
 *
 * @param error - What was thrown.
 * @returns The status and body.
 */
export function toErrorResponse(error: unknown): ErrorBody {
  const message = error instanceof Error ? error.message : String(error);
  let status: number;
  if (error instanceof DriverApiError) status = error.status;
  else if (error instanceof AuthenticationError || error instanceof NetworkError) status = 400;
  else if (error instanceof TimeoutError || (error instanceof HttpError && error.status === 503))
    status = 503;
  else if (error instanceof ConfigurationError) status = 400;
  else status = 500;
  return { localizedMessage: message, status };
}
