import { createHash } from 'node:crypto';

/**
 * Replaces a secret with a short, stable fingerprint: the first 8 hex digits of its SHA-256.
 *
 * @remarks
 * The same token always gives the same fingerprint, so one token can be followed across transcript entries
 * without being revealed. The braces and colon keep it valid inside a single-quoted shell word.
 *
 * @param secret - The secret (token, password, key).
 * @returns `{SHA256:xxxxxxxx}`.
 * @example
 * ```ts
 * import { fingerprint } from 'stratus';
 * fingerprint('secret'); // '{SHA256:2bb80d53}'
 * ```
 */
export function fingerprint(secret: string): string {
  return `{SHA256:${createHash('sha256').update(secret).digest('hex').slice(0, 8)}}`;
}
