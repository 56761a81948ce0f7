import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/** Extra detail carried by an authentication failure that came from an HTTP answer. */
export interface AuthenticationErrorOptions extends CloudErrorOptions {
  /** The HTTP status, when the failure was an HTTP answer (usually 401). */
  readonly status?: number | undefined;
  /** The OpenStack request id, when present. */
  readonly requestId?: string | undefined;
}

/**
 * The cloud refused the credentials or the token (a 401), or the login answer was unusable.
 *
 * @remarks
 * Stratus re-authenticates once on a 401 from a service; a second 401 surfaces as this error.
 */
export class AuthenticationError extends CloudError {
  /** The HTTP status, when there was one. */
  readonly status: number | undefined;
  /** The OpenStack request id, when present. */
  readonly requestId: string | undefined;

  /**
   * @param message - What was refused; never contains the secret itself.
   * @param options - Status, request id and cause.
   */
  constructor(message: string, options: AuthenticationErrorOptions = {}) {
    super(message, 'ERR_AUTHENTICATION', options);
    this.status = options.status;
    this.requestId = options.requestId;
  }
}
