import { ResponseShapeError } from '../../../../errors/response-shape-error.ts';

/**
 * Narrows an optional timestamp (`2009-07-20T09:14:37-05:00`) to a `Date`.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path, for the error.
 * @returns The time, or `undefined` when absent or empty.
 * @throws {@link "index"!ResponseShapeError} when it is present and not a readable timestamp.
 */
export function optionalV10Date(value: unknown, path: string): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new ResponseShapeError(path, 'an ISO 8601 timestamp', value);
  return new Date(ms);
}
