import { ConfigurationError } from '../errors/configuration-error.ts';
import { identityRoot } from './auth-url.ts';
import type { AuthMethod, AuthOptions } from './types.ts';
import {
  domainRef,
  type Fields,
  invalid,
  namedRef,
  objectField,
  optionalStringField,
  optionalStringMap,
  stringField,
} from './validate-fields.ts';

const METHODS: readonly AuthMethod[] = [
  '1.0',
  '1.1',
  '2.0',
  '2.0_apikey',
  '2.0_password',
  '3.x_password',
  '3.x_appcred',
  '3.x_token',
  '3.x_oidc_access_token',
  'forced_token',
];

function isMethod(value: unknown): value is AuthMethod {
  return METHODS.some((method) => method === value);
}

/** `{ project }`, `{ domain }`, `{ system: 'all' }` or `{ unscoped: true }`, or absent. */
function scope(value: unknown, field: string): void {
  if (value === undefined) return;
  const fix =
    "use { project: { id } | { name, domain } }, { domain }, { system: 'all' } or { unscoped: true }";
  const o = objectField(value, field, fix);
  const kinds = ['project', 'domain', 'system', 'unscoped'].filter((k) => o[k] !== undefined);
  if (kinds.length !== 1) invalid(field, 'exactly one of project, domain, system, unscoped', value, fix);
  if (o.project !== undefined) namedRef(o.project, `${field}.project`, 'the project');
  else if (o.domain !== undefined) domainRef(o.domain, `${field}.domain`);
  else if (o.system !== undefined && o.system !== 'all') invalid(`${field}.system`, "'all'", o.system, fix);
  else if (o.unscoped !== undefined && o.unscoped !== true)
    invalid(`${field}.unscoped`, 'true', o.unscoped, fix);
}

/** A v2.0 tenant: `{ name }` or `{ id }`, or absent. */
function tenant(value: unknown): void {
  if (value === undefined) return;
  const fix = 'name the tenant (project) by { name } or { id }';
  const o = objectField(value, 'auth.tenant', fix);
  if (o.id !== undefined) stringField(o.id, 'auth.tenant.id', fix);
  else stringField(o.name, 'auth.tenant.name', fix);
}

function appCredential(value: unknown): void {
  const field = 'auth.applicationCredential';
  const c = objectField(value, field, 'pass { id, secret } or { name, secret, user }');
  stringField(c.secret, `${field}.secret`, 'pass the application credential secret');
  if (c.id !== undefined) stringField(c.id, `${field}.id`, 'pass the application credential id');
  else {
    stringField(c.name, `${field}.name`, 'pass the credential id, or its name with its owner');
    namedRef(c.user, `${field}.user`, 'the credential owner');
  }
}

function keystoneFields(auth: Fields, method: Exclude<AuthMethod, 'forced_token'>): void {
  switch (method) {
    case '3.x_password':
      namedRef(auth.user, 'auth.user', 'the user');
      stringField(auth.password, 'auth.password', 'pass the password');
      scope(auth.scope, 'auth.scope');
      return;
    case '3.x_appcred':
      appCredential(auth.applicationCredential);
      return;
    case '3.x_token':
      stringField(auth.token, 'auth.token', 'pass the token to rescope');
      scope(auth.scope, 'auth.scope');
      return;
    case '3.x_oidc_access_token':
      stringField(auth.identityProvider, 'auth.identityProvider', 'pass the identity provider id');
      optionalStringField(auth.protocol, 'auth.protocol', "pass the federation protocol id, e.g. 'openid'");
      stringField(auth.accessToken, 'auth.accessToken', 'pass the OIDC access token');
      scope(auth.scope, 'auth.scope');
      return;
    case '2.0_password':
      stringField(auth.username, 'auth.username', 'pass the user name');
      stringField(auth.password, 'auth.password', 'pass the password');
      tenant(auth.tenant);
      return;
    case '2.0':
    case '2.0_apikey':
    case '1.0':
    case '1.1':
      stringField(auth.username, 'auth.username', 'pass the user name');
      stringField(auth.apiKey, 'auth.apiKey', 'pass the API key');
      if (method.startsWith('2')) tenant(auth.tenant);
  }
}

/**
 * Checks auth options at run time (they may come from a JSON file or plain JavaScript) and names what is wrong.
 *
 * @param auth - The auth options, typed or not.
 * @returns The options, now known to have the shape of {@link AuthOptions}.
 * @throws {@link ConfigurationError} naming the field and the fix (never showing a value: it may be a secret).
 */
export function validateAuthOptions(auth: unknown): AuthOptions {
  const o = objectField(auth, 'auth', 'pass { method, authUrl, … } (see docs/auth.md)');
  if (!isMethod(o.method)) {
    throw new ConfigurationError(
      `\`auth.method\` ${JSON.stringify(o.method) ?? 'undefined'} is not supported; use one of ${METHODS.join(', ')}`,
    );
  }
  if (o.method === 'forced_token') {
    stringField(o.token, 'auth.token', 'pass the token to use');
    optionalStringMap(o.endpoints, 'auth.endpoints', 'map service types to base URLs');
    return auth as AuthOptions;
  }
  stringField(o.authUrl, 'auth.authUrl', 'pass the Keystone URL, e.g. https://keystone.example:5000/v3');
  identityRoot(String(o.authUrl));
  keystoneFields(o, o.method);
  return auth as AuthOptions;
}
