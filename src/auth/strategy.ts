import type { Send } from '../transport/types.ts';
import type { AuthMethod, AuthResult } from './types.ts';

/**
 * One way to log in. Every auth variant (v1.0 … v3 federation) implements this one interface, so the token
 * cache and the session never branch on the method.
 */
export interface AuthStrategy {
  /** The auth method. */
  readonly method: AuthMethod;
  /**
   * A stable, secret-free key for the token cache: a SHA-256 over the auth URL, method, user, domain, scope
   * and a fingerprint of the secret (never the secret itself).
   */
  readonly cacheKey: string;
  /**
   * Logs in.
   *
   * @param send - The unauthenticated transport (requests are sent with `skipAuth`).
   * @param signal - Aborts the login.
   * @returns The token and what came with it.
   */
  authenticate(send: Send, signal?: AbortSignal): Promise<AuthResult>;
}
