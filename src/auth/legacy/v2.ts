import { expectArray, expectObject, expectString } from '../../shape/expect.ts';
import type { HttpRequest, HttpResponse, Send } from '../../transport/types.ts';
import { identityRoot, loginUrl } from '../auth-url.ts';
import { tokenCacheKey } from '../cache-key.ts';
import { parseV2Catalog } from '../catalog/parse.ts';
import { LOGIN_EXPECT } from '../keystone/v3-requests.ts';
import { parseIdentityRef, parseOptionalDate } from '../keystone/v3-results.ts';
import { sendLogin } from '../login.ts';
import type { AuthStrategy } from '../strategy.ts';
import type { AuthMethod, AuthResult, TokenScope, V2ApiKeyAuth, V2PasswordAuth } from '../types.ts';

/**
 * Builds the v2.0 login (`POST /v2.0/tokens`) with password or Rackspace API-key credentials.
 *
 * @param auth - User, secret and tenant.
 * @returns The request.
 */
export function buildV2Request(auth: V2PasswordAuth | V2ApiKeyAuth): HttpRequest {
  const credentials =
    auth.method === '2.0_password'
      ? { passwordCredentials: { username: auth.username, password: auth.password } }
      : { 'RAX-KSKEY:apiKeyCredentials': { username: auth.username, apiKey: auth.apiKey } };
  const tenant =
    auth.tenant === undefined
      ? {}
      : 'id' in auth.tenant
        ? { tenantId: auth.tenant.id }
        : { tenantName: auth.tenant.name };
  return {
    method: 'POST',
    url: loginUrl(auth.authUrl, '2.0'),
    json: { auth: { ...credentials, ...tenant } },
    expect: LOGIN_EXPECT,
    service: 'Keystone',
    skipAuth: true,
    idempotent: true,
  };
}

/**
 * Parses a v2.0 login answer (`{ access: { token, user, serviceCatalog } }`).
 *
 * @param response - The 200 response.
 * @param method - The auth method used.
 * @returns The token and its info.
 * @throws {@link ResponseShapeError} naming the JSON path that does not fit.
 */
export function parseV2Response(response: HttpResponse, method: AuthMethod): AuthResult {
  const access = expectObject(expectObject(response.body, '$').access, '$.access');
  const token = expectObject(access.token, '$.access.token');
  const scope: TokenScope =
    token.tenant === undefined || token.tenant === null
      ? { kind: 'unscoped' }
      : { kind: 'project', project: parseIdentityRef(token.tenant, '$.access.token.tenant') };
  const user = access.user === undefined ? {} : expectObject(access.user, '$.access.user');
  const roles = expectArray(user.roles ?? [], '$.access.user.roles').map((r, i) =>
    expectString(expectObject(r, `$.access.user.roles[${i}]`).name, `$.access.user.roles[${i}].name`),
  );
  return {
    token: expectString(token.id, '$.access.token.id'),
    info: Object.freeze({
      method,
      authVersion: '2.0' as const,
      expiresAt: parseOptionalDate(token.expires, '$.access.token.expires'),
      issuedAt: parseOptionalDate(token.issued_at, '$.access.token.issued_at'),
      user: access.user === undefined ? {} : parseIdentityRef(access.user, '$.access.user'),
      scope,
      roles: Object.freeze(roles),
      catalog: parseV2Catalog(access.serviceCatalog, '$.access.serviceCatalog'),
    }),
  };
}

/**
 * The v2.0 strategies: `2.0_password`, and `2.0_apikey` (which plain `2.0` means, as in libcloud).
 *
 * @param auth - User, secret and tenant.
 * @returns The strategy.
 */
export function v2Strategy(auth: V2PasswordAuth | V2ApiKeyAuth): AuthStrategy {
  const secret = auth.method === '2.0_password' ? auth.password : auth.apiKey;
  const cacheKey = tokenCacheKey([
    identityRoot(auth.authUrl),
    auth.method,
    auth.username,
    auth.tenant,
    secret,
  ]);
  const hint =
    auth.method === '2.0_password'
      ? 'the user name, the password and the tenant'
      : 'the user name and the API key';
  return Object.freeze({
    method: auth.method,
    cacheKey,
    async authenticate(send: Send, signal?: AbortSignal): Promise<AuthResult> {
      return parseV2Response(await sendLogin(send, buildV2Request(auth), hint, signal), auth.method);
    },
  });
}
