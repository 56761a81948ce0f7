import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/**
 * A name matched several resources where one was asked for: the one `find` rule everywhere is "absent →
 * `undefined`, one → it, several → this error", so the caller picks by id.
 *
 * @example
 * ```ts
 * import { AmbiguousResourceError } from 'stratus';
 * const pickById = (error: unknown): readonly string[] =>
 *   error instanceof AmbiguousResourceError ? error.candidates : [];
 * ```
 */
export class AmbiguousResourceError extends CloudError {
  /** The ids of every resource that matched. */
  readonly candidates: readonly string[];

  /**
   * @param message - What was looked up and how to pick one (pass an id).
   * @param candidates - The ids of the matches.
   * @param options - The cause, if any.
   */
  constructor(message: string, candidates: readonly string[], options: CloudErrorOptions = {}) {
    super(message, 'ERR_AMBIGUOUS_RESOURCE', options);
    this.candidates = Object.freeze([...candidates]);
  }
}
