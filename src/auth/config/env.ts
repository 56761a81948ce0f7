import { ConfigurationError } from '../../errors/configuration-error.ts';
import { AUTH_KEYS } from './raw-config.ts';
import { type CloudSessionOptions, sessionOptionsFromConfig } from './to-session-options.ts';

/** `OS_*` variables that select files or clouds rather than describe one. */
const NOT_SETTINGS: ReadonlySet<string> = new Set(['cloud', 'client_config_file', 'client_secure_file']);

/** Variables whose names differ from their openstacksdk key. */
const RENAMED: Readonly<Record<string, string>> = Object.freeze({
  default_domain: 'default_domain_id',
  tenant_name: 'project_name',
  tenant_id: 'project_id',
});

/**
 * Reads the `OS_*` variables into openstacksdk-style settings (`OS_PROJECT_NAME` → `auth.project_name`,
 * `OS_REGION_NAME` → `region_name`, `OS_COMPUTE_ENDPOINT_OVERRIDE` → `compute_endpoint_override`).
 *
 * @param env - The environment.
 * @returns The settings; empty when no `OS_*` variable is set.
 */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const auth: Record<string, string> = {};
  const top: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('OS_') || value === undefined || value === '') continue;
    const raw = name.slice(3).toLowerCase();
    if (NOT_SETTINGS.has(raw)) continue;
    const key = RENAMED[raw] ?? raw;
    if (AUTH_KEYS.has(key)) auth[key] = value;
    else top[key] = value;
  }
  return Object.keys(auth).length === 0 ? top : { ...top, auth };
}

/**
 * Builds session options from the `OS_*` environment variables, as `source openrc` sets them.
 *
 * @param env - The environment; pass `process.env` explicitly (the library never reads it on its own).
 * @returns Session options plus `origin` (`the environment`) and TLS/timeout `connection` settings.
 * @throws {@link ConfigurationError} naming the variable that is missing or invalid.
 *
 * @example
 * ```ts
 * import { createSession, fromEnv } from 'stratus';
 * const session = createSession(fromEnv(process.env));
 * ```
 */
export function fromEnv(env: Readonly<Record<string, string | undefined>>): CloudSessionOptions {
  const values = settingsFromEnv(env);
  if (!('auth' in values) && values.auth_type === undefined) {
    throw new ConfigurationError(
      'No OS_* auth variables are set (OS_AUTH_URL, OS_USERNAME, …): `source` an openrc file or use clouds.yaml',
    );
  }
  return sessionOptionsFromConfig({ values, origin: 'the environment (OS_* variables)' }, undefined);
}
