// Field readers for hot parsers (server lists): the same checks as `src/shape/expect.ts`, but the JSON path is
// only built when a check fails, and well-formed values are returned without copying.
import { ResponseShapeError } from '../../../errors/response-shape-error.ts';
import { expectId, expectNumber, expectObject, type JsonObject } from '../../../shape/expect.ts';

/**
 * @param obj - The object being parsed.
 * @param key - The field.
 * @param path - The object's JSON path (used only in the error).
 * @returns The string value.
 * @throws {@link "index"!ResponseShapeError} when it is not a string.
 */
export function str(obj: JsonObject, key: string, path: string): string {
  const value = obj[key];
  if (typeof value === 'string') return value;
  throw new ResponseShapeError(`${path}.${key}`, 'a string', value);
}

/**
 * Reads an id field: a string as is, a non-negative integer (older Nova) as its decimal string.
 *
 * @param obj - The object being parsed.
 * @param key - The field.
 * @param path - The object's JSON path (used only in the error).
 * @returns The id as a string.
 * @throws {@link "index"!ResponseShapeError} when it is neither a string nor an integer.
 */
export function id(obj: JsonObject, key: string, path: string): string {
  const value = obj[key];
  return typeof value === 'string' ? value : expectId(value, `${path}.${key}`);
}

/**
 * Like {@link id}, for an optional field.
 *
 * @param obj - The object being parsed.
 * @param key - The field.
 * @param path - The object's JSON path (used only in the error).
 * @returns The id as a string, or `undefined` for a missing or null field.
 */
export function optId(obj: JsonObject, key: string, path: string): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return undefined;
  return expectId(value, `${path}.${key}`);
}

/**
 * Reads a nested object field (`server.flavor`) without building its path unless it is malformed.
 *
 * @param parent - The parent object.
 * @param key - The field holding the nested object.
 * @param path - The parent's JSON path.
 * @returns The nested object, or `undefined` for a missing or null field.
 */
export function optObj(parent: JsonObject, key: string, path: string): JsonObject | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  return isJsonObject(value) ? value : expectObject(value, `${path}.${key}`);
}

/**
 * @param obj - The object being parsed.
 * @param key - The field.
 * @param path - The object's JSON path (used only in the error).
 * @returns The string, or `undefined` for a missing or null field.
 * @throws {@link "index"!ResponseShapeError} when it is present and not a string.
 */
export function optStr(obj: JsonObject, key: string, path: string): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return undefined;
  throw new ResponseShapeError(`${path}.${key}`, 'a string', value);
}

/**
 * Like {@link optStr}, and `""` also gives `undefined` (Nova's `accessIPv4: ""`).
 *
 * @param obj - The object being parsed.
 * @param key - The field.
 * @param path - The object's JSON path.
 * @returns The non-empty string or `undefined`.
 */
export function optText(obj: JsonObject, key: string, path: string): string | undefined {
  const value = optStr(obj, key, path);
  return value === '' ? undefined : value;
}

/**
 * @param obj - The object being parsed.
 * @param key - The field.
 * @param path - The object's JSON path.
 * @returns The number (numeric strings accepted), or `undefined` for a missing or null field.
 */
export function optNum(obj: JsonObject, key: string, path: string): number | undefined {
  const value = obj[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value === undefined || value === null) return undefined;
  return expectNumber(value, `${path}.${key}`);
}

/**
 * @param value - A JSON value.
 * @param path - Its JSON path.
 * @returns The value as an object.
 */
export function obj(value: unknown, path: string): JsonObject {
  return isJsonObject(value) ? value : expectObject(value, path);
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringMap(map: JsonObject): map is Readonly<Record<string, string>> {
  for (const key in map) if (typeof map[key] !== 'string') return false;
  return true;
}

/**
 * Checks that every value of a map is a string and returns it as is (no copy); missing or null gives `{}`.
 *
 * @param value - The map from the wire.
 * @param path - Its JSON path.
 * @returns The map.
 */
export function strMap(value: unknown, path: string): Readonly<Record<string, string>> {
  if (value === undefined || value === null) return EMPTY;
  const map = obj(value, path);
  if (isStringMap(map)) return map;
  const bad = Object.keys(map).find((key) => typeof map[key] !== 'string') ?? '';
  throw new ResponseShapeError(`${path}.${bad}`, 'a string', map[bad]);
}

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

/**
 * @param value - An array from the wire, or missing/null.
 * @param path - Its JSON path.
 * @returns The array (empty for missing/null).
 */
export function arr(value: unknown, path: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null) return [];
  throw new ResponseShapeError(path, 'an array', value);
}
