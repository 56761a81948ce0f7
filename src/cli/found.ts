import { CloudError } from '../errors/cloud-error.ts';

/**
 * The CLI's side of the one `find` rule: a resource the user named must exist, so `undefined` becomes an error
 * that says what was not found (several matches already throw `AmbiguousResourceError`).
 *
 * @param pending - A `find…` call.
 * @param kind - What was looked up, e.g. `network`.
 * @param ref - The name or id the user gave.
 * @returns The resource.
 * @throws {@link CloudError} `ERR_NO_MATCH` when there is none.
 */
export async function found<T>(pending: Promise<T | undefined>, kind: string, ref: string): Promise<T> {
  const value = await pending;
  if (value === undefined) {
    throw new CloudError(
      `No ${kind} named or with id '${ref}' was found; check the name or pass its id`,
      'ERR_NO_MATCH',
    );
  }
  return value;
}
