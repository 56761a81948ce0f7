import type { HttpRequest, Send } from '../../transport/types.ts';
import { identityRoot } from '../auth-url.ts';
import { tokenCacheKey } from '../cache-key.ts';
import { type LoginHints, sendLogin } from '../login.ts';
import type { AuthStrategy } from '../strategy.ts';
import type {
  AuthMethod,
  AuthResult,
  V3AppCredAuth,
  V3OidcAccessTokenAuth,
  V3PasswordAuth,
  V3TokenAuth,
} from '../types.ts';
import {
  buildOidcRequest,
  buildV3AppCredRequest,
  buildV3PasswordRequest,
  buildV3TokenRequest,
} from './v3-requests.ts';
import { parseV3Token } from './v3-results.ts';

/** A v3 strategy that logs in with one `POST /v3/auth/tokens`; `hint` says what to check on a 401. */
function oneCallStrategy(
  method: AuthMethod,
  cacheKey: string,
  hint: string | LoginHints,
  build: () => HttpRequest,
): AuthStrategy {
  return Object.freeze({
    method,
    cacheKey,
    async authenticate(send: Send, signal?: AbortSignal): Promise<AuthResult> {
      return parseV3Token(await sendLogin(send, build(), hint, signal), method);
    },
  });
}

/**
 * The Keystone v3 password strategy.
 *
 * @param auth - User, password and scope.
 * @returns The strategy.
 */
export function v3PasswordStrategy(auth: V3PasswordAuth): AuthStrategy {
  const cacheKey = tokenCacheKey([
    identityRoot(auth.authUrl),
    auth.method,
    auth.user,
    auth.scope,
    auth.password,
  ]);
  const hint = 'the user name (or id), the password and the user domain';
  return oneCallStrategy(auth.method, cacheKey, hint, () => buildV3PasswordRequest(auth));
}

/**
 * The Keystone v3 application-credential strategy.
 *
 * @param auth - The credential id (or name and user) and secret.
 * @returns The strategy.
 */
export function v3AppCredStrategy(auth: V3AppCredAuth): AuthStrategy {
  const c = auth.applicationCredential;
  const who = 'id' in c ? { id: c.id } : { name: c.name, user: c.user };
  const cacheKey = tokenCacheKey([identityRoot(auth.authUrl), auth.method, who, c.secret]);
  const hint = 'the application credential id (or name and user), its secret, and that it has not expired';
  return oneCallStrategy(auth.method, cacheKey, hint, () => buildV3AppCredRequest(auth));
}

/**
 * The Keystone v3 token strategy: exchanges an existing token for a new one, usually with another scope.
 *
 * @param auth - The token and the new scope.
 * @returns The strategy.
 */
export function v3TokenStrategy(auth: V3TokenAuth): AuthStrategy {
  const cacheKey = tokenCacheKey([identityRoot(auth.authUrl), auth.method, auth.scope, auth.token]);
  const hint = {
    unauthorized: 'that the token is still valid and may be rescoped to the requested scope',
    notFound:
      'Keystone does not recognise the token: it has expired, was revoked or comes from another cloud',
  };
  return oneCallStrategy(auth.method, cacheKey, hint, () => buildV3TokenRequest(auth));
}

/**
 * The Keystone v3 federation strategy with an OIDC access token: one call for the unscoped federated token,
 * then, when a scope is set, one token-method call to scope it.
 *
 * @param auth - Identity provider, protocol, access token and scope.
 * @returns The strategy.
 */
export function v3OidcStrategy(auth: V3OidcAccessTokenAuth): AuthStrategy {
  const protocol = auth.protocol ?? 'openid';
  const root = identityRoot(auth.authUrl);
  const cacheKey = tokenCacheKey([
    root,
    auth.method,
    auth.identityProvider,
    protocol,
    auth.scope,
    auth.accessToken,
  ]);
  return Object.freeze({
    method: auth.method,
    cacheKey,
    async authenticate(send: Send, signal?: AbortSignal): Promise<AuthResult> {
      const request = buildOidcRequest(auth.authUrl, auth.identityProvider, protocol, auth.accessToken);
      const hint = 'the identity provider, the protocol and that the access token is valid';
      const unscoped = parseV3Token(await sendLogin(send, request, hint, signal), auth.method);
      if (auth.scope === undefined) return unscoped;
      const rescope = buildV3TokenRequest({
        authUrl: auth.authUrl,
        token: unscoped.token,
        scope: auth.scope,
      });
      const scopeHint = 'that the federated user has a role on the requested scope';
      return parseV3Token(await sendLogin(send, rescope, scopeHint, signal), auth.method);
    },
  });
}
