import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import { ResponseShapeError } from '../../../../errors/response-shape-error.ts';

const NUMERIC_ID = /^\d{1,20}$/;

/**
 * Narrows a 1.0 resource id from the wire: an integer in JSON, a digit string in XML.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path, for the error.
 * @returns The id as a decimal string (portable models use string ids).
 * @throws {@link "index"!ResponseShapeError} when it is neither a non-negative integer nor a digit string.
 */
export function expectV10Id(value: unknown, path: string): string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string' && NUMERIC_ID.test(value)) return value;
  throw new ResponseShapeError(path, 'a numeric id', value);
}

/**
 * Narrows an optional 1.0 id: `undefined`, `null` and `''` give `undefined`.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path, for the error.
 * @returns The id as a decimal string, or `undefined`.
 * @throws {@link "index"!ResponseShapeError} when it is present and not a numeric id.
 */
export function optionalV10Id(value: unknown, path: string): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : expectV10Id(value, path);
}

/**
 * Checks an id a caller passed before it goes into a URL or a body.
 *
 * @param id - The id the caller gave.
 * @param field - The argument's name for the message, e.g. `serverId`.
 * @returns The id, unchanged.
 * @throws {@link "index"!ConfigurationError} naming the field when the id is not a decimal number.
 */
export function checkV10Id(id: string, field: string): string {
  if (typeof id !== 'string' || !NUMERIC_ID.test(id)) {
    throw new ConfigurationError(
      `${field} must be the decimal id of a 1.0 resource, e.g. "72258" (the 1.0 API numbers its servers, ` +
        `images, flavors and shared IP groups); got ${JSON.stringify(id)}`,
    );
  }
  return id;
}

/**
 * The JSON form of an id in a request body: the 1.0 API documents integers.
 *
 * @param id - A checked decimal id.
 * @returns The id as a number when it is a safe integer, else the string (XML sends it as text either way).
 */
export function idValue(id: string): number | string {
  const n = Number(id);
  return Number.isSafeInteger(n) ? n : id;
}
