import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { AuthOptions, AuthScope, DomainRef, UserRef } from '../types.ts';
import { type RawCloudConfig, readString } from './raw-config.ts';

/** The `auth_type` names Stratus understands (keystoneauth plugin names). */
export const AUTH_TYPES: readonly string[] = Object.freeze([
  'password',
  'v3password',
  'v2password',
  'v3applicationcredential',
  'v3token',
  'token',
  'v3oidcaccesstoken',
  'admin_token',
]);

function need(config: RawCloudConfig, key: string, why: string): string {
  const value = readString(config, 'auth', key);
  if (value === undefined) {
    throw new ConfigurationError(`${describeKey(key)} is missing in ${config.origin}: ${why}`);
  }
  return value;
}

/**
 * Names an auth setting in all three spellings, so the message helps whichever source the user edits.
 *
 * @param key - The `auth` key, e.g. `project_domain_name`.
 * @returns E.g. `` `auth.project_domain_name` (OS_PROJECT_DOMAIN_NAME, --os-project-domain-name) ``.
 */
export function describeKey(key: string): string {
  return `\`auth.${key}\` (OS_${key.toUpperCase()}, --os-${key.replaceAll('_', '-')})`;
}

function domain(
  config: RawCloudConfig,
  prefix: 'user_domain' | 'project_domain' | 'domain',
): DomainRef | undefined {
  const useDefault = prefix !== 'domain';
  const id = readString(config, 'auth', `${prefix}_id`);
  if (id !== undefined) return { id };
  const name = readString(config, 'auth', `${prefix}_name`);
  if (name !== undefined) return { name };
  if (!useDefault) return undefined;
  const defaultId = readString(config, 'auth', 'default_domain_id');
  if (defaultId !== undefined) return { id: defaultId };
  const defaultName = readString(config, 'auth', 'default_domain_name');
  return defaultName === undefined ? undefined : { name: defaultName };
}

function user(config: RawCloudConfig): UserRef {
  const id = readString(config, 'auth', 'user_id');
  if (id !== undefined) return { id };
  const name = need(config, 'username', 'set `username` (with `user_domain_name`) or `user_id`');
  const d = domain(config, 'user_domain');
  if (d === undefined) {
    throw new ConfigurationError(
      `${describeKey('user_domain_name')} (or \`user_domain_id\`) is missing in ${config.origin}: a user name is unique ` +
        'only within a domain; use `user_domain_name: Default` for the default domain',
    );
  }
  return { name, domain: d };
}

/**
 * Reads the v3 scope: project (id, or name with its domain), domain, or system.
 *
 * @param config - The cloud config.
 * @returns The scope, or `undefined` when none is set.
 * @throws {@link ConfigurationError} when a project name has no domain.
 */
export function readScope(config: RawCloudConfig): AuthScope | undefined {
  const projectId = readString(config, 'auth', 'project_id') ?? readString(config, 'auth', 'tenant_id');
  if (projectId !== undefined) return { project: { id: projectId } };
  const projectName = readString(config, 'auth', 'project_name') ?? readString(config, 'auth', 'tenant_name');
  if (projectName !== undefined) {
    const d = domain(config, 'project_domain');
    if (d === undefined) {
      throw new ConfigurationError(
        `${describeKey('project_domain_name')} (or \`project_domain_id\`) is missing in ${config.origin}: needed with ` +
          '`project_name`; use `project_domain_name: Default` for the default domain',
      );
    }
    return { project: { name: projectName, domain: d } };
  }
  const system = readString(config, 'auth', 'system_scope');
  if (system !== undefined) return { system: 'all' };
  const d = domain(config, 'domain');
  return d === undefined ? undefined : { domain: d };
}

function isV2(config: RawCloudConfig, authUrl: string): boolean {
  const version = readString(config, undefined, 'identity_api_version');
  if (version !== undefined) return version.startsWith('2');
  return /\/v2\.0(\/tokens)?\/?$/.test(authUrl);
}

function v2Tenant(config: RawCloudConfig): { name: string } | { id: string } | undefined {
  const id = readString(config, 'auth', 'project_id') ?? readString(config, 'auth', 'tenant_id');
  if (id !== undefined) return { id };
  const name = readString(config, 'auth', 'project_name') ?? readString(config, 'auth', 'tenant_name');
  return name === undefined ? undefined : { name };
}

/**
 * Turns an openstacksdk-style cloud config into auth options, following its `auth_type` (default `password`).
 *
 * @param config - The cloud config.
 * @returns The auth options.
 * @throws {@link ConfigurationError} naming the missing key and the file, or an unknown `auth_type`.
 */
export function authFromConfig(config: RawCloudConfig): AuthOptions {
  const type = readString(config, undefined, 'auth_type') ?? 'password';
  if (type === 'admin_token') {
    return { method: 'forced_token', token: need(config, 'token', 'admin_token needs the token to use') };
  }
  const authUrl = need(
    config,
    'auth_url',
    'set it to the Keystone URL, e.g. https://keystone.example:5000/v3',
  );
  switch (type) {
    case 'password':
    case 'v3password':
    case 'v2password':
      return passwordAuth(config, type, authUrl);
    case 'v3applicationcredential':
      return appCredAuth(config, authUrl);
    case 'token':
    case 'v3token':
      return {
        method: '3.x_token',
        authUrl,
        token: need(config, 'token', 'pass the token'),
        scope: readScope(config),
      };
    case 'v3oidcaccesstoken':
      return {
        method: '3.x_oidc_access_token',
        authUrl,
        identityProvider: need(config, 'identity_provider', 'name the identity provider'),
        protocol: readString(config, 'auth', 'protocol'),
        accessToken: need(config, 'access_token', 'pass the OIDC access token'),
        scope: readScope(config),
      };
    default:
      throw new ConfigurationError(
        `\`auth_type\` ${JSON.stringify(type)} in ${config.origin} is not supported; use one of ${AUTH_TYPES.join(', ')}`,
      );
  }
}

function passwordAuth(config: RawCloudConfig, type: string, authUrl: string): AuthOptions {
  const password = need(config, 'password', 'put it in secure.yaml (or use an application credential)');
  if (type === 'v2password' || (type === 'password' && isV2(config, authUrl))) {
    const username = need(config, 'username', 'v2.0 logs in by user name');
    return { method: '2.0_password', authUrl, username, password, tenant: v2Tenant(config) };
  }
  return { method: '3.x_password', authUrl, user: user(config), password, scope: readScope(config) };
}

function appCredAuth(config: RawCloudConfig, authUrl: string): AuthOptions {
  const secret = need(config, 'application_credential_secret', 'pass the application credential secret');
  const id = readString(config, 'auth', 'application_credential_id');
  if (id !== undefined) return { method: '3.x_appcred', authUrl, applicationCredential: { id, secret } };
  const name = need(config, 'application_credential_name', 'set `application_credential_id` or `_name`');
  return { method: '3.x_appcred', authUrl, applicationCredential: { name, secret, user: user(config) } };
}
