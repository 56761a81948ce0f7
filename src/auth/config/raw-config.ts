import { ConfigurationError } from '../../errors/configuration-error.ts';

/** One cloud's settings in openstacksdk form (`auth: {…}`, `region_name`, `interface`, …), keys snake_case. */
export interface RawCloudConfig {
  /** The settings. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Where they came from, for errors: a file path and cloud name, or `the environment`. */
  readonly origin: string;
}

/** The keys openstacksdk puts under `auth` (everything else is top level). */
export const AUTH_KEYS: ReadonlySet<string> = new Set([
  'auth_url',
  'username',
  'user_id',
  'password',
  'project_name',
  'project_id',
  'tenant_name',
  'tenant_id',
  'user_domain_name',
  'user_domain_id',
  'project_domain_name',
  'project_domain_id',
  'domain_name',
  'domain_id',
  'default_domain_name',
  'default_domain_id',
  'system_scope',
  'token',
  'application_credential_id',
  'application_credential_name',
  'application_credential_secret',
  'identity_provider',
  'protocol',
  'access_token',
  'api_key',
  'endpoint',
]);

/**
 * Normalises keys the way openstacksdk does: `project-name` and `project_name` are the same key.
 *
 * @param value - A mapping from a config file or flags.
 * @returns A copy with `-` replaced by `_` in every key (nested `auth` included).
 */
export function normaliseKeys(value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key.replaceAll('-', '_')] = isMapping(v) ? normaliseKeys(v) : v;
  }
  return out;
}

/**
 * Whether a value is a plain mapping.
 *
 * @param value - Anything.
 * @returns `true` for a non-null, non-array object.
 */
export function isMapping(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep-merges mappings; later ones win (secure.yaml over clouds.yaml, flags over a cloud).
 *
 * @param layers - The mappings, lowest priority first.
 * @returns The merged mapping.
 */
export function deepMerge(...layers: readonly Readonly<Record<string, unknown>>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const previous = out[key];
      out[key] = isMapping(previous) && isMapping(value) ? deepMerge(previous, value) : value;
    }
  }
  return out;
}

/**
 * Reads an optional string setting (numbers are accepted and turned into strings, as YAML may give them).
 *
 * @param config - The cloud config.
 * @param section - `auth` or `undefined` for the top level.
 * @param key - The key.
 * @returns The value, or `undefined` when absent or empty.
 * @throws {@link ConfigurationError} naming the key and the file when the value is not a string.
 */
export function readString(
  config: RawCloudConfig,
  section: 'auth' | undefined,
  key: string,
): string | undefined {
  const holder = section === undefined ? config.values : config.values[section];
  const value = isMapping(holder) ? holder[key] : undefined;
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  const where = section === undefined ? key : `${section}.${key}`;
  throw new ConfigurationError(`\`${where}\` in ${config.origin} must be a string, got ${typeof value}`);
}

/**
 * Reads an optional boolean setting (`true`/`false`, `yes`/`no`, `1`/`0` from env or YAML).
 *
 * @param config - The cloud config.
 * @param key - The top-level key.
 * @returns The value, or `undefined` when absent.
 * @throws {@link ConfigurationError} naming the key and the file when the value is not a boolean.
 */
export function readBoolean(config: RawCloudConfig, key: string): boolean | undefined {
  const value = config.values[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(text)) return true;
  if (['false', 'no', '0', 'off'].includes(text)) return false;
  throw new ConfigurationError(
    `\`${key}\` in ${config.origin} must be true or false, got ${JSON.stringify(value)}`,
  );
}

/**
 * Reads an optional positive number of seconds.
 *
 * @param config - The cloud config.
 * @param key - The top-level key, e.g. `api_timeout`.
 * @returns The value, or `undefined` when absent.
 * @throws {@link ConfigurationError} naming the key and the file when the value is not a positive number.
 */
export function readSeconds(config: RawCloudConfig, key: string): number | undefined {
  const value = config.values[key];
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new ConfigurationError(
      `\`${key}\` in ${config.origin} must be a positive number of seconds, got ${JSON.stringify(value)}`,
    );
  }
  return n;
}
