import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/** One object that matched an ambiguous name. */
export interface AmbiguousCandidate {
  /** The provider's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
}

/**
 * A name matched several objects of one kind, so a lookup by that name cannot pick one.
 *
 * @remarks
 * The message lists every candidate's id so that the caller can retry with an id instead of the name.
 *
 * @example
 * ```ts
 * import { AmbiguousResourceError } from 'stratus';
 * const error = new AmbiguousResourceError('network', 'private', [
 *   { id: 'a1', name: 'private' },
 *   { id: 'b2', name: 'private' },
 * ]);
 * console.log(error.code); // 'ERR_AMBIGUOUS_RESOURCE'
 * ```
 */
export class AmbiguousResourceError extends CloudError {
  /** The kind of object looked up, e.g. `network`. */
  readonly kind: string;
  /** The name that matched more than once. */
  readonly nameOrId: string;
  /** Every object that matched. */
  readonly candidates: readonly AmbiguousCandidate[];

  /**
   * @param kind - The kind of object looked up.
   * @param nameOrId - The name that matched more than once.
   * @param candidates - Every match.
   * @param options - The cause, if any.
   */
  constructor(
    kind: string,
    nameOrId: string,
    candidates: readonly AmbiguousCandidate[],
    options: CloudErrorOptions = {},
  ) {
    const list = candidates.map((c) => c.id).join(', ');
    super(
      `${candidates.length} ${kind}s are named "${nameOrId}" (ids ${list}): use an id instead of the name`,
      'ERR_AMBIGUOUS_RESOURCE',
      options,
    );
    this.kind = kind;
    this.nameOrId = nameOrId;
    this.candidates = candidates;
  }
}
