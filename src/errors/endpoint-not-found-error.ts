import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/**
 * The service catalog has no endpoint matching the request; the message lists what it does offer.
 */
export class EndpointNotFoundError extends CloudError {
  /**
   * @param message - What was asked for, what the catalog has, and the nearest match.
   * @param options - The cause, if any.
   */
  constructor(message: string, options: CloudErrorOptions = {}) {
    super(message, 'ERR_ENDPOINT_NOT_FOUND', options);
  }
}
