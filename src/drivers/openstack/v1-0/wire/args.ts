import { ConfigurationError } from '../../../../errors/configuration-error.ts';

/**
 * Checks a required text argument (a name).
 *
 * @param value - What the caller passed.
 * @param field - The argument's name for the message.
 * @returns The value, unchanged.
 * @throws {@link "index"!ConfigurationError} naming the field when the value is not a non-blank string.
 */
export function checkText(value: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${field} must be a non-empty string; got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Checks a metadata map: string keys and string values only.
 *
 * @param metadata - What the caller passed.
 * @param field - The argument's name for the message.
 * @returns A frozen copy.
 * @throws {@link "index"!ConfigurationError} naming the key whose key or value is not a string.
 */
export function checkMetadata(
  metadata: Readonly<Record<string, string>>,
  field: string,
): Readonly<Record<string, string>> {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new ConfigurationError(`${field} must be an object of string keys to string values`);
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (key === '' || typeof value !== 'string') {
      throw new ConfigurationError(
        `${field}[${JSON.stringify(key)}] must be a string value under a non-empty key; convert numbers with String()`,
      );
    }
    out[key] = value;
  }
  return Object.freeze(out);
}
