import { ConfigurationError } from '../errors/configuration-error.ts';
import type { Send } from '../transport/types.ts';
import { forcedTokenStrategy } from './forced-token.ts';
import {
  v3AppCredStrategy,
  v3OidcStrategy,
  v3PasswordStrategy,
  v3TokenStrategy,
} from './keystone/strategy.ts';
import { v1Strategy } from './legacy/v1.ts';
import { v2Strategy } from './legacy/v2.ts';
import { printSafeResult } from './print-safe-result.ts';
import type { AuthStrategy } from './strategy.ts';
import type { AuthOptions } from './types.ts';
import { validateAuthOptions } from './validate-auth.ts';

/**
 * Picks the strategy for an auth method, after checking the options.
 *
 * @param auth - The auth options.
 * @returns The strategy; its login results print their token only as a fingerprint.
 * @throws {@link ConfigurationError} naming the missing or invalid field and how to fix it.
 */
export function strategyFor(auth: AuthOptions): AuthStrategy {
  validateAuthOptions(auth);
  const strategy = pick(auth);
  return Object.freeze({
    method: strategy.method,
    cacheKey: strategy.cacheKey,
    authenticate: async (send: Send, signal?: AbortSignal) =>
      printSafeResult(await strategy.authenticate(send, signal)),
  });
}

function pick(auth: AuthOptions): AuthStrategy {
  switch (auth.method) {
    case '3.x_password':
      return v3PasswordStrategy(auth);
    case '3.x_appcred':
      return v3AppCredStrategy(auth);
    case '3.x_token':
      return v3TokenStrategy(auth);
    case '3.x_oidc_access_token':
      return v3OidcStrategy(auth);
    case '2.0':
    case '2.0_apikey':
    case '2.0_password':
      return v2Strategy(auth);
    case '1.0':
    case '1.1':
      return v1Strategy(auth);
    case 'forced_token':
      return forcedTokenStrategy(auth);
    default:
      return unknownMethod(auth);
  }
}

function unknownMethod(auth: never): never {
  const method: unknown = (auth as { method?: unknown }).method;
  throw new ConfigurationError(
    `\`auth.method\` ${JSON.stringify(method)} is not supported; use one of 1.0, 1.1, 2.0, 2.0_apikey, ` +
      '2.0_password, 3.x_password, 3.x_appcred, 3.x_token, 3.x_oidc_access_token, forced_token',
  );
}
