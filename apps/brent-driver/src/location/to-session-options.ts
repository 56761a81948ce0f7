import {
  type AuthScope,
  hideSecrets,
  type SessionOptions,
  sessionOptionsFromConfig,
  type UserRef,
} from 'stratus';
import type { DeploymentLocation } from '../api/types.ts';
import { badRequest } from '../http/api-error.ts';

const AUTH_KEYS = new Set([
  'username',
  'user_id',
  'user_domain_id',
  'user_domain_name',
  'password',
  'domain_id',
  'domain_name',
  'project_id',
  'project_name',
  'project_domain_id',
  'project_domain_name',
  'trust_id',
  'unscoped',
]);

function text(props: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = props[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Turns a deployment location into stratus session options: either the VIM driver's `os_*` properties
 * (SPEC §4.7) or a clouds.yaml-style cloud entry under `properties.cloud` (`auth`, `region_name`,
 * `interface`, `cacert`, …, as one entry of a clouds.yaml `clouds:` map).
 *
 * @param location - The location from the request.
 * @returns Session options whose secrets are hidden from `inspect` and `JSON.stringify`.
 * @throws {@link DriverApiError} 400 naming the property that is missing or not understood.
 */
export function locationToSessionOptions(location: DeploymentLocation): SessionOptions {
  const props = location.properties;
  const cloud = props.cloud;
  if (typeof cloud === 'object' && cloud !== null && !Array.isArray(cloud)) {
    const values = cloud as Readonly<Record<string, unknown>>;
    return sessionOptionsFromConfig(
      { values, origin: `deployment location '${location.name}'` },
      location.name,
    );
  }
  const apiUrl = text(props, 'os_api_url');
  if (apiUrl === undefined) {
    throw badRequest(
      `Deployment location '${location.name}' needs 'os_api_url' (or a clouds.yaml-style 'cloud' entry)`,
      'ERR_LOCATION',
    );
  }
  const enabled = props.os_auth_enabled ?? true;
  if (typeof enabled !== 'boolean') {
    throw badRequest(
      `'os_auth_enabled' of location '${location.name}' must be a JSON boolean`,
      'ERR_LOCATION',
    );
  }
  if (!enabled) {
    throw badRequest(
      `Location '${location.name}' sets os_auth_enabled false: this driver finds Heat in the Keystone catalog and needs a login`,
      'ERR_LOCATION',
    );
  }
  const authApi = text(props, 'os_auth_api');
  if (authApi === undefined)
    throw badRequest(`Location '${location.name}' needs 'os_auth_api' (e.g. v3)`, 'ERR_LOCATION');
  const auth = authProperties(location);
  const tls = {
    ca: text(props, 'os_cacert'),
    cert: text(props, 'os_cert'),
    key: text(props, 'os_key'),
  };
  const anyTls = tls.ca !== undefined || tls.cert !== undefined;
  const options: SessionOptions = {
    auth: hideSecrets({
      method: '3.x_password',
      authUrl: `${apiUrl.replace(/\/+$/, '')}/${authApi.replace(/^\/+/, '')}`,
      user: userRef(location, auth),
      password: auth.password ?? '',
      scope: scopeOf(location, auth),
    }),
    transport: anyTls ? { tls: hideSecrets(tls, ['key']) } : undefined,
  };
  return hideSecrets(options);
}

function authProperties(location: DeploymentLocation): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(location.properties)) {
    if (!key.startsWith('os_auth_') || key === 'os_auth_api' || key === 'os_auth_enabled') continue;
    const name = key.slice('os_auth_'.length);
    if (!AUTH_KEYS.has(name)) {
      throw badRequest(
        `Location '${location.name}' has an unknown property '${key}'; known: ${[...AUTH_KEYS].map((k) => `os_auth_${k}`).join(', ')}`,
        'ERR_LOCATION',
      );
    }
    out[name] = value === undefined || value === null ? undefined : String(value);
  }
  if (out.password === undefined)
    throw badRequest(`Location '${location.name}' needs 'os_auth_password'`, 'ERR_LOCATION');
  return out;
}

function userRef(location: DeploymentLocation, auth: Record<string, string | undefined>): UserRef {
  if (auth.user_id !== undefined) return { id: auth.user_id };
  if (auth.username === undefined) {
    throw badRequest(
      `Location '${location.name}' needs 'os_auth_username' or 'os_auth_user_id'`,
      'ERR_LOCATION',
    );
  }
  const domain =
    auth.user_domain_id !== undefined
      ? { id: auth.user_domain_id }
      : { name: auth.user_domain_name ?? 'Default' };
  return { name: auth.username, domain };
}

function scopeOf(
  location: DeploymentLocation,
  auth: Record<string, string | undefined>,
): AuthScope | undefined {
  if (auth.trust_id !== undefined) {
    throw badRequest(
      `Location '${location.name}': trust scoping (os_auth_trust_id) is not supported`,
      'ERR_LOCATION',
    );
  }
  if (auth.project_id !== undefined) return { project: { id: auth.project_id } };
  if (auth.project_name !== undefined) {
    const domain =
      auth.project_domain_id !== undefined
        ? { id: auth.project_domain_id }
        : { name: auth.project_domain_name ?? 'Default' };
    return { project: { name: auth.project_name, domain } };
  }
  if (auth.domain_id !== undefined) return { domain: { id: auth.domain_id } };
  if (auth.domain_name !== undefined) return { domain: { name: auth.domain_name } };
  if (auth.unscoped !== undefined) return { unscoped: true };
  return undefined;
}
