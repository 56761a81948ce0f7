import { createHash } from 'node:crypto';

/**
 * Builds a token-cache key from the parts that identify a login. Secrets are hashed together with the rest,
 * so the key never contains them and a changed password gives a new key.
 *
 * @param parts - The auth URL, method, user, domain, scope and secret, in a fixed order.
 * @returns `stratus:token:<sha256 hex>`.
 */
export function tokenCacheKey(parts: readonly unknown[]): string {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  return `stratus:token:${digest}`;
}
