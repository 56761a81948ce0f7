/** Test helper: the local cloud's clouds.yaml entries as Brent deployment locations. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** clouds.yaml of the local cloud (or `OS_CLIENT_CONFIG_FILE`). */
export const CLOUDS_YAML = process.env.OS_CLIENT_CONFIG_FILE ?? '/var/lib/os-harness/clouds.yaml';

/**
 * One cloud entry of clouds.yaml.
 *
 * @param name - The cloud name.
 * @returns The entry.
 */
export function cloudEntry(name: string): Record<string, unknown> {
  const doc = parse(readFileSync(CLOUDS_YAML, 'utf8')) as { clouds: Record<string, Record<string, unknown>> };
  const entry = doc.clouds[name];
  if (entry === undefined) throw new Error(`${CLOUDS_YAML} has no cloud '${name}'`);
  return entry;
}

/**
 * The VIM driver's `os_*` deployment location properties for a password cloud entry.
 *
 * @param name - The cloud name.
 * @returns `{name, type, properties}`.
 */
export function osLocation(name: string): {
  name: string;
  type: string;
  properties: Record<string, unknown>;
} {
  const auth = cloudEntry(name).auth as Record<string, string>;
  const url = new URL(auth.auth_url ?? '');
  return {
    name,
    type: 'Openstack',
    properties: {
      os_api_url: url.origin,
      os_auth_api: url.pathname.replace(/^\//, ''),
      os_auth_username: auth.username,
      os_auth_password: auth.password,
      os_auth_user_domain_name: auth.user_domain_name,
      os_auth_project_name: auth.project_name,
      os_auth_project_domain_name: auth.project_domain_name,
    },
  };
}
