import { ResponseShapeError } from '../../errors/response-shape-error.ts';
import { expectObject, expectString } from '../../shape/expect.ts';
import type { HttpRequest, HttpResponse, Send } from '../../transport/types.ts';
import { identityRoot, loginUrl } from '../auth-url.ts';
import { tokenCacheKey } from '../cache-key.ts';
import { catalogFromV1Headers, parseV11Catalog } from '../catalog/parse.ts';
import { LOGIN_EXPECT } from '../keystone/v3-requests.ts';
import { parseOptionalDate } from '../keystone/v3-results.ts';
import { sendLogin } from '../login.ts';
import type { AuthStrategy } from '../strategy.ts';
import type { AuthResult, V1Auth } from '../types.ts';

/**
 * Builds the v1.0 login: `GET /v1.0` with `X-Auth-User` and `X-Auth-Key`.
 *
 * @param auth - User name and API key.
 * @returns The request.
 */
export function buildV10Request(auth: V1Auth): HttpRequest {
  return {
    method: 'GET',
    url: loginUrl(auth.authUrl, '1.0'),
    headers: { 'X-Auth-User': auth.username, 'X-Auth-Key': auth.apiKey },
    expect: LOGIN_EXPECT,
    service: 'Auth',
    skipAuth: true,
  };
}

/**
 * Builds the v1.1 login: `POST /v1.1/auth` with `{ credentials: { username, key } }`.
 *
 * @param auth - User name and API key.
 * @returns The request.
 */
export function buildV11Request(auth: V1Auth): HttpRequest {
  return {
    method: 'POST',
    url: loginUrl(auth.authUrl, '1.1'),
    json: { credentials: { username: auth.username, key: auth.apiKey } },
    expect: LOGIN_EXPECT,
    service: 'Auth',
    skipAuth: true,
    idempotent: true,
  };
}

/**
 * Parses a v1.0 login answer: the token and service URLs are response headers; there is no expiry.
 *
 * @param response - The 204 (or 200) response.
 * @param username - The user, recorded in the info.
 * @returns The token and its info.
 * @throws {@link ResponseShapeError} when `X-Auth-Token` is missing.
 */
export function parseV10Response(response: HttpResponse, username: string): AuthResult {
  const token = response.headers['x-auth-token'];
  if (!token) throw new ResponseShapeError('$headers.x-auth-token', 'a token header', token);
  return {
    token,
    info: Object.freeze({
      method: '1.0' as const,
      authVersion: '1.0' as const,
      expiresAt: undefined,
      issuedAt: undefined,
      user: { name: username },
      scope: { kind: 'account' as const },
      roles: [],
      catalog: catalogFromV1Headers(response.headers),
    }),
  };
}

/**
 * Parses a v1.1 login answer (`{ auth: { token: { id, expires }, serviceCatalog } }`).
 *
 * @param response - The 200 response.
 * @param username - The user, recorded in the info.
 * @returns The token and its info.
 * @throws {@link ResponseShapeError} naming the JSON path that does not fit.
 */
export function parseV11Response(response: HttpResponse, username: string): AuthResult {
  const auth = expectObject(expectObject(response.body, '$').auth, '$.auth');
  const token = expectObject(auth.token, '$.auth.token');
  return {
    token: expectString(token.id, '$.auth.token.id'),
    info: Object.freeze({
      method: '1.1' as const,
      authVersion: '1.1' as const,
      expiresAt: parseOptionalDate(token.expires, '$.auth.token.expires'),
      issuedAt: undefined,
      user: { name: username },
      scope: { kind: 'account' as const },
      roles: [],
      catalog: parseV11Catalog(auth.serviceCatalog, '$.auth.serviceCatalog'),
    }),
  };
}

/**
 * The v1.0 and v1.1 strategies (Rackspace-era and Swift-style auth).
 *
 * @param auth - The auth URL, user name and API key.
 * @returns The strategy.
 */
export function v1Strategy(auth: V1Auth): AuthStrategy {
  const cacheKey = tokenCacheKey([identityRoot(auth.authUrl), auth.method, auth.username, auth.apiKey]);
  const hint = 'the user name and the API key';
  return Object.freeze({
    method: auth.method,
    cacheKey,
    async authenticate(send: Send, signal?: AbortSignal): Promise<AuthResult> {
      if (auth.method === '1.0') {
        return parseV10Response(await sendLogin(send, buildV10Request(auth), hint, signal), auth.username);
      }
      return parseV11Response(await sendLogin(send, buildV11Request(auth), hint, signal), auth.username);
    },
  });
}
