// Recorded Keystone token bodies carry the expiry of the day they were recorded; a test that replays one
// must move it into the future, or the session (rightly) treats the token as expired and logs in again.
import { loadFixture } from './fixtures.ts';

/**
 * @param variant - The token fixture under identity/tokens, e.g. `create.v3-password-project`.
 * @param lifetimeMs - How long from now the replayed token stays valid.
 * @returns The recorded body with `issued_at` = now and `expires_at` = now + lifetime.
 */
export function freshTokenBody(variant = 'create.v3-password-project', lifetimeMs = 3_600_000): object {
  const body = loadFixture(`identity/tokens/${variant}`);
  if (typeof body !== 'object' || body === null || !('token' in body)) {
    throw new Error(`identity/tokens/${variant} is not a v3 token body`);
  }
  const now = Date.now();
  const token = { ...(body.token as object), issued_at: new Date(now).toISOString() };
  return { ...body, token: { ...token, expires_at: new Date(now + lifetimeMs).toISOString() } };
}
