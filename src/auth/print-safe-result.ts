import { hideSecrets } from '../transport/redact.ts';
import type { AuthResult } from './types.ts';

/**
 * Copies a login result so that `util.inspect` and `JSON.stringify` show its token as a fingerprint, while
 * code still reads the real value from `token`.
 *
 * @param result - A login result.
 * @returns A frozen copy that prints safely.
 */
export function printSafeResult(result: AuthResult): AuthResult {
  return Object.freeze(hideSecrets({ token: result.token, info: result.info }));
}
