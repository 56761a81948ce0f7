import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';

/** Every resource a live test creates is named with this prefix, so leftovers are easy to find. */
export const TEST_NAME_PREFIX = 'stratus-test-';

const AREA = /^[a-z][a-z0-9-]{0,30}$/;

/**
 * A fresh resource name for a live test: `stratus-test-<area>-<8 hex chars>`.
 *
 * @param area - The test area, e.g. `compute` or `floating-ips` (lower case, digits and `-`, at most 31 chars).
 * @returns A name no other run uses.
 * @throws {@link ConfigurationError} when `area` is not a short kebab-case word.
 */
export function uniqueName(area: string): string {
  if (!AREA.test(area)) {
    throw new ConfigurationError(
      `uniqueName(area): '${area}' is not a short kebab-case word; use e.g. 'compute' or 'floating-ips'`,
    );
  }
  return `${TEST_NAME_PREFIX}${area}-${randomBytes(4).toString('hex')}`;
}
