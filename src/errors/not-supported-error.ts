import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/**
 * The operation is not available: the driver lacks the capability or the cloud's API version is too old.
 */
export class NotSupportedError extends CloudError {
  /**
   * @param message - What is unsupported and what would be needed.
   * @param options - The cause, if any.
   */
  constructor(message: string, options: CloudErrorOptions = {}) {
    super(message, 'ERR_NOT_SUPPORTED', options);
  }
}
