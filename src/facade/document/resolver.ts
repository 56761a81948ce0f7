import { CloudError } from '../../errors/cloud-error.ts';
import type { DirectProvider, LookupKind, Observed, Resolver } from './backend.ts';
import type { Target } from './types.ts';

/** A referenced existing object (image, flavor, network, …) does not exist. */
export class ReferencedObjectNotFoundError extends CloudError {
  /**
   * @param kind - What was looked up.
   * @param nameOrId - The name or id the document gives.
   */
  constructor(kind: LookupKind, nameOrId: string) {
    super(
      `No ${kind} named or with id "${nameOrId}" exists: fix the document or create it first`,
      'ERR_REFERENCE_NOT_FOUND',
    );
  }
}

/**
 * A resolver over what apply has seen so far: references read the observed objects, literals are looked up
 * once each and cached.
 *
 * @param provider - For literal lookups.
 * @param observed - The objects seen so far, by logical name (filled in as apply goes).
 * @returns The resolver.
 */
export function createResolver(provider: DirectProvider, observed: ReadonlyMap<string, Observed>): Resolver {
  const cache = new Map<string, Promise<string | undefined>>();
  return {
    async resolve(target: Target, kind: LookupKind, signal?: AbortSignal): Promise<string | undefined> {
      if (typeof target !== 'string') {
        const seen = observed.get(target.ref);
        if (seen === undefined) return undefined;
        const value = target.attribute === undefined ? seen.id : seen.attributes[target.attribute];
        return value === undefined || value === null ? undefined : String(value);
      }
      const key = `${kind}/${target}`;
      let found = cache.get(key);
      if (found === undefined) {
        found = provider.lookup(kind, target, signal);
        cache.set(key, found);
      }
      const id = await found;
      if (id === undefined) throw new ReferencedObjectNotFoundError(kind, target);
      return id;
    },
  };
}

/**
 * Resolves a target that must have an id by now (apply runs dependencies first).
 *
 * @param resolver - The resolver.
 * @param target - The target.
 * @param kind - What a literal names.
 * @param signal - Aborts the lookup.
 * @returns The id.
 * @throws {@link ReferencedObjectNotFoundError} when a literal names nothing, or a reference has no id yet.
 */
export async function requireId(
  resolver: Resolver,
  target: Target,
  kind: LookupKind,
  signal?: AbortSignal,
): Promise<string> {
  const id = await resolver.resolve(target, kind, signal);
  if (id === undefined)
    throw new ReferencedObjectNotFoundError(
      kind,
      typeof target === 'string' ? target : `{ref: ${target.ref}}`,
    );
  return id;
}
