import type { HttpRequest } from '../../transport/types.ts';
import { identityRoot, loginUrl } from '../auth-url.ts';
import type { AuthScope, DomainRef, UserRef, V3AppCredAuth, V3PasswordAuth, V3TokenAuth } from '../types.ts';

/** The statuses a Keystone login may answer with that Stratus reads itself (300 lists versions). */
export const LOGIN_EXPECT: readonly number[] = Object.freeze([200, 201, 203, 204, 300]);

function domainBody(domain: DomainRef): Record<string, string> {
  return 'id' in domain ? { id: domain.id } : { name: domain.name };
}

function userBody(user: UserRef): Record<string, unknown> {
  return 'id' in user ? { id: user.id } : { name: user.name, domain: domainBody(user.domain) };
}

/**
 * Builds the v3 `scope` object.
 *
 * @param scope - The scope, or `undefined` for Keystone's default.
 * @returns The scope body; `'unscoped'` asks Keystone not to fall back to the user's default project;
 *   `undefined` sends no scope.
 */
export function scopeBody(scope: AuthScope | undefined): Record<string, unknown> | 'unscoped' | undefined {
  if (scope === undefined) return undefined;
  if ('unscoped' in scope) return 'unscoped';
  if ('system' in scope) return { system: { all: true } };
  if ('domain' in scope) return { domain: domainBody(scope.domain) };
  const p = scope.project;
  return { project: 'id' in p ? { id: p.id } : { name: p.name, domain: domainBody(p.domain) } };
}

function v3Request(authUrl: string, identity: Record<string, unknown>, scope?: AuthScope): HttpRequest {
  const body = scopeBody(scope);
  const auth = body === undefined ? { identity } : { identity, scope: body };
  return {
    method: 'POST',
    url: loginUrl(authUrl, '3'),
    json: { auth },
    expect: LOGIN_EXPECT,
    service: 'Keystone',
    skipAuth: true,
    idempotent: true,
  };
}

/**
 * Builds the v3 password login (`POST /v3/auth/tokens`).
 *
 * @param auth - The password options.
 * @returns The request.
 */
export function buildV3PasswordRequest(auth: V3PasswordAuth): HttpRequest {
  const identity = {
    methods: ['password'],
    password: { user: { ...userBody(auth.user), password: auth.password } },
  };
  return v3Request(auth.authUrl, identity, auth.scope);
}

/**
 * Builds the v3 application-credential login; no scope is sent (the credential carries its own).
 *
 * @param auth - The application-credential options.
 * @returns The request.
 */
export function buildV3AppCredRequest(auth: V3AppCredAuth): HttpRequest {
  const c = auth.applicationCredential;
  const credential =
    'id' in c ? { id: c.id, secret: c.secret } : { name: c.name, secret: c.secret, user: userBody(c.user) };
  const identity = { methods: ['application_credential'], application_credential: credential };
  return v3Request(auth.authUrl, identity);
}

/**
 * Builds the v3 token-method login that exchanges (rescopes) an existing token.
 *
 * @param auth - The token options.
 * @returns The request.
 */
export function buildV3TokenRequest(auth: Pick<V3TokenAuth, 'authUrl' | 'token' | 'scope'>): HttpRequest {
  return v3Request(auth.authUrl, { methods: ['token'], token: { id: auth.token } }, auth.scope);
}

/**
 * Builds the federated login with an OIDC access token
 * (`POST /v3/OS-FEDERATION/identity_providers/{idp}/protocols/{protocol}/auth`).
 *
 * @param authUrl - The Keystone URL.
 * @param identityProvider - The identity provider id.
 * @param protocol - The protocol id.
 * @param accessToken - The OIDC access token.
 * @returns The request; Keystone answers with an unscoped token.
 */
export function buildOidcRequest(
  authUrl: string,
  identityProvider: string,
  protocol: string,
  accessToken: string,
): HttpRequest {
  const idp = encodeURIComponent(identityProvider);
  const proto = encodeURIComponent(protocol);
  return {
    method: 'POST',
    url: `${identityRoot(authUrl)}/v3/OS-FEDERATION/identity_providers/${idp}/protocols/${proto}/auth`,
    headers: { Authorization: `Bearer ${accessToken}` },
    expect: LOGIN_EXPECT,
    service: 'Keystone',
    skipAuth: true,
    idempotent: true,
  };
}
