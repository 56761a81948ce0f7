import type { Send } from '../transport/types.ts';
import { tokenCacheKey } from './cache-key.ts';
import { EMPTY_CATALOG } from './catalog/model.ts';
import type { AuthStrategy } from './strategy.ts';
import type { AuthResult, ForcedTokenAuth } from './types.ts';

/**
 * The forced-token strategy (libcloud `ex_force_auth_token`): no Keystone call; the token is used as is and
 * endpoints come from `endpoints` / `endpointOverrides` only (the catalog is empty).
 *
 * @param auth - The token and the base URLs.
 * @returns The strategy; a 401 from a service cannot be repaired by logging in again.
 */
export function forcedTokenStrategy(auth: ForcedTokenAuth): AuthStrategy {
  const result: AuthResult = {
    token: auth.token,
    info: Object.freeze({
      method: 'forced_token' as const,
      authVersion: 'none' as const,
      expiresAt: undefined,
      issuedAt: undefined,
      user: {},
      scope: { kind: 'unscoped' as const },
      roles: [],
      catalog: EMPTY_CATALOG,
    }),
  };
  return Object.freeze({
    method: auth.method,
    cacheKey: tokenCacheKey(['forced_token', auth.token]),
    authenticate(_send: Send, _signal?: AbortSignal): Promise<AuthResult> {
      return Promise.resolve(result);
    },
  });
}
