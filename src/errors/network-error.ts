import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/** The request never got an HTTP answer: connection refused, reset, DNS failure, TLS failure. */
export class NetworkError extends CloudError {
  /** The low-level error code, e.g. `ECONNREFUSED`, when known. */
  readonly systemCode: string | undefined;

  /**
   * @param message - Method, URL and what failed.
   * @param systemCode - The low-level error code, if known.
   * @param options - The cause, if any.
   */
  constructor(message: string, systemCode?: string, options: CloudErrorOptions = {}) {
    super(message, 'ERR_NETWORK', options);
    this.systemCode = systemCode;
  }
}
