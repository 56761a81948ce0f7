import { expectArray, expectBoolean, expectId, expectString } from '../../../shape/expect.ts';

/**
 * Narrows an optional array of strings; absent gives `[]`.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns A frozen array.
 * @throws {@link "index"!ResponseShapeError} when it is not an array of strings.
 */
export function stringList(value: unknown, path: string): readonly string[] {
  if (value === undefined || value === null) return Object.freeze([]);
  return Object.freeze(expectArray(value, path).map((v, i) => expectString(v, `${path}[${i}]`)));
}

/**
 * Narrows an optional array of ids (strings, or integers from older clouds, as strings); absent gives `[]`.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns A frozen array of string ids.
 * @throws {@link "index"!ResponseShapeError} when it is not an array of ids.
 */
export function idList(value: unknown, path: string): readonly string[] {
  if (value === undefined || value === null) return Object.freeze([]);
  return Object.freeze(expectArray(value, path).map((v, i) => expectId(v, `${path}[${i}]`)));
}

/**
 * Narrows an optional boolean with a default.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @param fallback - The value when absent.
 * @returns The boolean.
 * @throws {@link "index"!ResponseShapeError} when present and not a boolean.
 */
export function flag(value: unknown, path: string, fallback: boolean): boolean {
  return value === undefined || value === null ? fallback : expectBoolean(value, path);
}

/**
 * Narrows the `tags` of a Neutron object: `undefined` when the answer has none (a cloud without the tag
 * extension, or a create answer that omits them), so a reader knows to ask `GET …/tags` instead.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns A frozen array, or `undefined`.
 * @throws {@link "index"!ResponseShapeError} when present and not an array of strings.
 */
export function tagList(value: unknown, path: string): readonly string[] | undefined {
  return value === undefined || value === null ? undefined : stringList(value, path);
}
