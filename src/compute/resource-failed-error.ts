import { CloudError, type CloudErrorOptions } from '../errors/cloud-error.ts';

/** What a {@link ResourceFailedError} knows about the failed resource. */
export interface ResourceFailedErrorOptions extends CloudErrorOptions {
  /** The resource id. */
  readonly resourceId: string;
  /** The provider's state or status when the failure was seen, e.g. `ERROR`. */
  readonly state: string;
  /** The provider's own explanation (Nova's `fault.message`), when it gave one. */
  readonly fault?: string | undefined;
}

/**
 * A resource that was being waited on went into a failed state (or disappeared).
 *
 * @remarks
 * The message carries the provider's fault text, e.g.
 * `Server 3f2… went to ERROR while waiting for it to be running: No valid host was found.`
 *
 * @example
 * ```ts
 * import { ResourceFailedError } from 'stratus';
 * const error = new ResourceFailedError('Server abc went to ERROR', { resourceId: 'abc', state: 'ERROR' });
 * console.log(error.code); // 'ERR_RESOURCE_FAILED'
 * ```
 */
export class ResourceFailedError extends CloudError {
  /** The resource id. */
  readonly resourceId: string;
  /** The provider's state when the failure was seen. */
  readonly state: string;
  /** The provider's explanation, when given. */
  readonly fault: string | undefined;

  /**
   * @param message - What failed, while doing what, and the provider's fault text.
   * @param options - Resource id, state and fault.
   */
  constructor(message: string, options: ResourceFailedErrorOptions) {
    super(message, 'ERR_RESOURCE_FAILED', options);
    this.resourceId = options.resourceId;
    this.state = options.state;
    this.fault = options.fault;
  }
}
