import { DocumentError } from './document-error.ts';

/** A plain object read from a document. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * Narrows a value to a plain object.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @returns The object.
 * @throws {@link DocumentError} when it is not an object.
 */
export function readObject(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DocumentError(path, 'expected an object', value);
  }
  return value as Fields;
}

/**
 * Reads an optional object field: absent gives `{}`.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @returns The object.
 * @throws {@link DocumentError} when it is present and not an object.
 */
export function optionalObject(value: unknown, path: string): Fields {
  return value === undefined || value === null ? {} : readObject(value, path);
}

/**
 * Narrows a value to a non-empty string.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @returns The string.
 * @throws {@link DocumentError} when it is not a non-empty string.
 */
export function readString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '')
    throw new DocumentError(path, 'expected a non-empty string', value);
  return value;
}

/**
 * Reads an optional string.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @returns The string or `undefined`.
 * @throws {@link DocumentError} when it is present and not a string.
 */
export function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : readString(value, path);
}

/**
 * Reads an optional boolean.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @param fallback - The value when absent.
 * @returns The boolean.
 * @throws {@link DocumentError} when it is present and not a boolean.
 */
export function readBoolean(value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw new DocumentError(path, 'expected true or false', value);
  return value;
}

/**
 * Reads an optional whole number within bounds.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @param range - The inclusive bounds.
 * @returns The number or `undefined`.
 * @throws {@link DocumentError} when it is present and not a whole number in range.
 */
export function optionalInteger(
  value: unknown,
  path: string,
  range: { readonly min: number; readonly max: number },
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
    throw new DocumentError(path, `expected a whole number from ${range.min} to ${range.max}`, value);
  }
  return value;
}

/**
 * Reads an optional list: absent gives `[]`.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @returns The items.
 * @throws {@link DocumentError} when it is present and not a list.
 */
export function optionalList(value: unknown, path: string): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new DocumentError(path, 'expected a list', value);
  return value;
}

/**
 * Rejects fields a schema does not know, so typos fail loudly.
 *
 * @param fields - The object.
 * @param known - The allowed keys.
 * @param path - The object's dotted path.
 * @throws {@link DocumentError} naming the first unknown key and the allowed ones.
 */
export function rejectUnknown(fields: Fields, known: readonly string[], path: string): void {
  for (const key of Object.keys(fields)) {
    if (!known.includes(key))
      throw new DocumentError(`${path}.${key}`, `unknown field; expected one of ${known.join(', ')}`);
  }
}
