import { CloudError } from '../../../errors/cloud-error.ts';

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
 * Picks the single match of a name lookup, as the `openstack` CLI does.
 *
 * @param matches - The items whose name matched.
 * @param kind - What was looked up, for the message, e.g. `network`.
 * @param name - The name that was looked up.
 * @returns The only match.
 * @throws {@link "index"!CloudError} `ERR_NO_MATCH` for none, `ERR_AMBIGUOUS` for several (use the id instead).
 */
export function onlyMatch<T extends { readonly id: string }>(
  matches: readonly T[],
  kind: string,
  name: string,
): T {
  const [first, second] = matches;
  if (first === undefined) {
    throw new CloudError(
      `No ${kind} named '${name}' was found; check the name or pass its id`,
      'ERR_NO_MATCH',
    );
  }
  if (second !== undefined) {
    const ids = matches.map((m) => m.id).join(', ');
    throw new CloudError(
      `${matches.length} ${kind}s are named '${name}' (${ids}); pass the id of the one you mean`,
      'ERR_AMBIGUOUS',
    );
  }
  return first;
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
