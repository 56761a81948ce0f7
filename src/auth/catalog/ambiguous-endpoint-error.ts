import { CloudError, type CloudErrorOptions } from '../../errors/cloud-error.ts';

/**
 * More than one catalog endpoint matches a selector; the message lists the candidates and which of
 * `name`, `region` or `interface` would tell them apart.
 */
export class AmbiguousEndpointError extends CloudError {
  /**
   * @param message - The selector, the candidates and how to narrow them down.
   * @param options - The cause, if any.
   */
  constructor(message: string, options: CloudErrorOptions = {}) {
    super(message, 'ERR_ENDPOINT_AMBIGUOUS', options);
  }
}
