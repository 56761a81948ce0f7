import { AmbiguousResourceError } from '../../errors/ambiguous-resource-error.ts';
import { NotFoundError } from '../../errors/http-status-errors.ts';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/**
 * Whether a string looks like an OpenStack UUID (with or without dashes).
 *
 * @param value - A name or an id.
 * @returns `true` for UUIDs.
 */
export function looksLikeId(value: string): boolean {
  return UUID.test(value);
}

/**
 * The one "absent" rule: a 404 becomes `undefined`, any other failure stays a failure.
 *
 * @param pending - A lookup that throws {@link NotFoundError} for a missing resource.
 * @returns Its result, or `undefined` on a 404.
 */
export async function absentOnNotFound<T>(pending: Promise<T>): Promise<T | undefined> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/**
 * Picks the single match of a name lookup: none gives `undefined`, several an {@link AmbiguousResourceError}.
 *
 * @param matches - The items whose name matched.
 * @param kind - What was looked up, for the message, e.g. `network`.
 * @param name - The name that was looked up.
 * @returns The only match, or `undefined`.
 * @throws {@link AmbiguousResourceError} for several matches (pass the id instead).
 */
export function onlyMatch<T extends { readonly id: string; readonly name?: string | undefined }>(
  matches: readonly T[],
  kind: string,
  name: string,
): T | undefined {
  if (matches.length > 1) {
    throw new AmbiguousResourceError(
      kind,
      name,
      matches.map((m) => ({ id: m.id, name: m.name ?? name })),
    );
  }
  return matches[0];
}

/**
 * Collects an async iterable into an array.
 *
 * @param items - Any async iterable.
 * @returns Every item, in order.
 */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** How {@link findByNameOrId} reaches one kind of resource. */
export interface FindLookups<T> {
  /** What is looked up, for messages, e.g. `network`. */
  readonly kind: string;
  /** Fetches by id (throws {@link NotFoundError} when missing). */
  readonly get: (id: string) => Promise<T>;
  /** Lists by exact name. */
  readonly listByName: (name: string) => AsyncIterable<T>;
}

/**
 * The `find` rule of every OpenStack service: a UUID is fetched (404 → `undefined`), anything else is an exact
 * name (none → `undefined`, several → {@link AmbiguousResourceError}); one request either way.
 *
 * @param nameOrId - A UUID or a name.
 * @param lookups - How to fetch by id and list by name.
 * @returns The resource, or `undefined`.
 */
export async function findByNameOrId<T extends { readonly id: string; readonly name?: string | undefined }>(
  nameOrId: string,
  lookups: FindLookups<T>,
): Promise<T | undefined> {
  if (looksLikeId(nameOrId)) return absentOnNotFound(lookups.get(nameOrId));
  return onlyMatch(await collect(lookups.listByName(nameOrId)), lookups.kind, nameOrId);
}
