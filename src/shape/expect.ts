import { ResponseShapeError } from '../errors/response-shape-error.ts';

/** A JSON object narrowed from `unknown`. */
export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Narrows a value to a JSON object.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path, for the error, e.g. `$.server`.
 * @returns The value as an object.
 * @throws {@link ResponseShapeError} when it is not a plain object.
 */
export function expectObject(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ResponseShapeError(path, 'an object', value);
  }
  return value as JsonObject;
}

/**
 * Narrows a value to an array.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns The value as an array of unknowns.
 * @throws {@link ResponseShapeError} when it is not an array.
 */
export function expectArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new ResponseShapeError(path, 'an array', value);
  return value;
}

/**
 * Narrows a value to a string.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns The string.
 * @throws {@link ResponseShapeError} when it is not a string.
 */
export function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ResponseShapeError(path, 'a string', value);
  return value;
}

/**
 * Narrows an optional string: `undefined` and `null` give `undefined`.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns The string or `undefined`.
 * @throws {@link ResponseShapeError} when it is present and not a string.
 */
export function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : expectString(value, path);
}

/**
 * Narrows a resource id: a string, or a non-negative safe integer normalised to its decimal string.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns The id as a string.
 * @throws {@link ResponseShapeError} when it is neither a string nor a non-negative integer.
 * @remarks Older Nova and first-generation v1.1 clouds send numeric server, flavor, key pair and security
 * group ids (`"id": 12064`); portable models carry string ids, so every id parser goes through this.
 */
export function expectId(value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  throw new ResponseShapeError(path, 'a string or integer id', value);
}

/**
 * Narrows an optional resource id: `undefined` and `null` give `undefined`.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns The id as a string, or `undefined`.
 * @throws {@link ResponseShapeError} when it is present and neither a string nor a non-negative integer.
 */
export function optionalId(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : expectId(value, path);
}

/**
 * Narrows a value to a finite number; numeric strings are accepted (older APIs send `"1024"`).
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns The number.
 * @throws {@link ResponseShapeError} when it is not a finite number.
 */
export function expectNumber(value: unknown, path: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new ResponseShapeError(path, 'a number', value);
  return n;
}

/**
 * Narrows an optional number: `undefined` and `null` give `undefined`.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns The number or `undefined`.
 * @throws {@link ResponseShapeError} when it is present and not a number.
 */
export function optionalNumber(value: unknown, path: string): number | undefined {
  return value === undefined || value === null ? undefined : expectNumber(value, path);
}

/**
 * Narrows a value to a boolean.
 *
 * @param value - The value from the wire.
 * @param path - Its JSON path.
 * @returns The boolean.
 * @throws {@link ResponseShapeError} when it is not a boolean.
 */
export function expectBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new ResponseShapeError(path, 'a boolean', value);
  return value;
}

/**
 * Narrows an object whose values are all strings (metadata, properties).
 *
 * @param value - The value from the wire; `undefined` and `null` give `{}`.
 * @param path - Its JSON path.
 * @returns A frozen string map.
 * @throws {@link ResponseShapeError} when a value is not a string.
 */
export function expectStringMap(value: unknown, path: string): Readonly<Record<string, string>> {
  if (value === undefined || value === null) return Object.freeze({});
  const obj = expectObject(value, path);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(obj)) out[key] = expectString(v, `${path}.${key}`);
  return Object.freeze(out);
}
