import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/**
 * Invalid or missing configuration: the message names the field and how to fix it.
 *
 * @example
 * ```ts
 * import { ConfigurationError } from 'stratus';
 * throw new ConfigurationError('`authUrl` is required: pass the Keystone URL, e.g. https://keystone:5000/v3');
 * ```
 */
export class ConfigurationError extends CloudError {
  /**
   * @param message - Which field is wrong and how to fix it.
   * @param options - The cause, if any.
   */
  constructor(message: string, options: CloudErrorOptions = {}) {
    super(message, 'ERR_CONFIGURATION', options);
  }
}
