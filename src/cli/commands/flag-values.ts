// Parsers of repeatable and key=value flags, shared by the command groups.
import { ConfigurationError } from '../../errors/configuration-error.ts';

/**
 * Parses repeated `key=value` options.
 *
 * @param values - The raw values.
 * @param flag - The flag name, for errors.
 * @returns The map.
 * @throws {@link ConfigurationError} for a value without `=`.
 */
export function keyValues(
  values: readonly string[] | undefined,
  flag: string,
): Record<string, string> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0) throw new ConfigurationError(`\`${flag}\` takes key=value, got "${value}"`);
    out[value.slice(0, at)] = value.slice(at + 1);
  }
  return out;
}

/**
 * Collects a repeatable option.
 *
 * @param value - This occurrence.
 * @param previous - The earlier ones.
 * @returns All of them.
 */
export function repeat(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
