import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/** One resource that matched an ambiguous lookup. */
export interface ResourceCandidate {
  /** The resource id (use it instead of the name to pick this one). */
  readonly id: string;
  /** The resource name. */
  readonly name: string;
}

/**
 * A lookup by name matched more than one resource, so Stratus will not guess.
 *
 * @remarks
 * The message lists every candidate's id, so the caller can repeat the lookup with the id it means:
 * `2 networks are named "web": 4f1c…, 9a2b…; look it up by id instead`.
 *
 * @example
 * ```ts
 * import { AmbiguousResourceError } from 'stratus';
 * const error = new AmbiguousResourceError('network', 'web', [
 *   { id: 'a', name: 'web' },
 *   { id: 'b', name: 'web' },
 * ]);
 * console.log(error.code, error.candidates.length); // 'ERR_AMBIGUOUS_RESOURCE' 2
 * ```
 */
export class AmbiguousResourceError extends CloudError {
  /** The kind of resource looked up, e.g. `network`. */
  readonly kind: string;
  /** The name or id that was looked up. */
  readonly nameOrId: string;
  /** Every resource that matched. */
  readonly candidates: readonly ResourceCandidate[];

  /**
   * @param kind - The kind of resource, e.g. `network`.
   * @param nameOrId - What was looked up.
   * @param candidates - Every match (at least two).
   * @param options - The cause, if any.
   */
  constructor(
    kind: string,
    nameOrId: string,
    candidates: readonly ResourceCandidate[],
    options: CloudErrorOptions = {},
  ) {
    const list = candidates.map((c) => c.id).join(', ');
    super(
      `${candidates.length} ${kind} resources are named "${nameOrId}": ${list}; look it up by id instead`,
      'ERR_AMBIGUOUS_RESOURCE',
      options,
    );
    this.kind = kind;
    this.nameOrId = nameOrId;
    this.candidates = Object.freeze(candidates.map((c) => Object.freeze({ id: c.id, name: c.name })));
  }
}
