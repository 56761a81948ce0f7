import { ConfigurationError } from '../../../errors/configuration-error.ts';

/**
 * Escapes an id for use as one path segment.
 *
 * @param id - A server id (or any resource id).
 * @param what - What it is, for the error.
 * @returns The encoded segment.
 * @throws {@link "index"!ConfigurationError} when the id is empty.
 */
export function segment(id: string, what: string): string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new ConfigurationError(`${what} must be a non-empty string`);
  }
  return encodeURIComponent(id);
}

/**
 * Checks that an id is a non-empty string (for ids sent in a body rather than a path).
 *
 * @param id - The id.
 * @param what - What it is, for the error.
 * @returns The id unchanged.
 * @throws {@link "index"!ConfigurationError} when the id is empty.
 */
export function nonEmptyId(id: string, what: string): string {
  segment(id, what);
  return id;
}
