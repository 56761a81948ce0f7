import { ConfigurationError } from '../errors/configuration-error.ts';

/**
 * Says what a value is without showing it: options carry secrets, so a message names the type only.
 *
 * @param value - Any value.
 * @returns e.g. `nothing`, `a number`, `an array`.
 */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Throws the one error shape of option checks.
 *
 * @param field - The option's path, e.g. `auth.scope.project.domain`.
 * @param expected - What it must be.
 * @param value - What was given (only its kind is shown).
 * @param fix - How to fix it.
 * @throws {@link ConfigurationError} always.
 */
export function invalid(field: string, expected: string, value: unknown, fix: string): never {
  throw new ConfigurationError(`\`${field}\` must be ${expected} (got ${kindOf(value)}): ${fix}`);
}

/** A plain object read from untyped input. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * @param value - The value given.
 * @param field - Its path.
 * @param fix - How to fix it.
 * @returns The value as an object.
 * @throws {@link ConfigurationError} when it is not a plain object.
 */
export function objectField(value: unknown, field: string, fix: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    invalid(field, 'an object', value, fix);
  return value as Fields;
}

/**
 * @param value - The value given.
 * @param field - Its path.
 * @param fix - How to fix it.
 * @throws {@link ConfigurationError} when it is not a non-empty string.
 */
export function stringField(value: unknown, field: string, fix: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(
      `\`${field}\` is required and must be a non-empty string (got ${kindOf(value)}): ${fix}`,
    );
  }
}

/**
 * @param value - The value given; `undefined` passes.
 * @param field - Its path.
 * @param fix - How to fix it.
 * @throws {@link ConfigurationError} when it is present and not a non-empty string.
 */
export function optionalStringField(value: unknown, field: string, fix: string): void {
  if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
    invalid(field, 'a non-empty string when given', value, fix);
  }
}

/**
 * A domain reference: `{ id }` or `{ name }`.
 *
 * @param value - The value given.
 * @param field - Its path, e.g. `auth.user.domain`.
 * @throws {@link ConfigurationError} naming the field.
 */
export function domainRef(value: unknown, field: string): void {
  const fix = 'name the domain by { id } or { name } (use { name: "Default" } for the default domain)';
  const o = objectField(value, field, fix);
  if (o.id !== undefined) stringField(o.id, `${field}.id`, fix);
  else stringField(o.name, `${field}.name`, fix);
}

/**
 * A user or project reference: `{ id }`, or `{ name, domain }` (names are unique only within a domain).
 *
 * @param value - The value given.
 * @param field - Its path, e.g. `auth.scope.project`.
 * @param what - What it names, for the message, e.g. `the project`.
 * @throws {@link ConfigurationError} naming the field.
 */
export function namedRef(value: unknown, field: string, what: string): void {
  const o = objectField(value, field, `name ${what} by { id } or { name, domain }`);
  if (o.id !== undefined) {
    stringField(o.id, `${field}.id`, `pass the id of ${what}`);
    return;
  }
  stringField(o.name, `${field}.name`, `name ${what} by { id } or { name, domain }`);
  if (o.domain === undefined) {
    throw new ConfigurationError(
      `\`${field}.domain\` is required with \`${field}.name\`: names are unique only within a domain ` +
        '(use { name: "Default" } for the default domain)',
    );
  }
  domainRef(o.domain, `${field}.domain`);
}

/**
 * A map of strings (`endpoints`, `endpointOverrides`); URLs are checked where they are used.
 *
 * @param value - The value given; `undefined` passes.
 * @param field - Its path.
 * @param fix - How to fix it.
 * @throws {@link ConfigurationError} when it is not an object of strings.
 */
export function optionalStringMap(value: unknown, field: string, fix: string): void {
  if (value === undefined) return;
  const o = objectField(value, field, fix);
  for (const [key, v] of Object.entries(o)) stringField(v, `${field}.${key}`, fix);
}
