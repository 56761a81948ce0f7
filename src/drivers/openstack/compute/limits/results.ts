import { expectNumber, expectObject } from '../../../../shape/expect.ts';
import type { ComputeLimits } from './types.ts';

/**
 * @param body - The answer to `GET /limits`.
 * @returns The absolute limits and usage.
 */
export function parseLimits(body: unknown): ComputeLimits {
  const limits = expectObject(expectObject(body, '$').limits, '$.limits');
  const absolute: Record<string, number> = {};
  for (const [key, value] of Object.entries(expectObject(limits.absolute, '$.limits.absolute'))) {
    absolute[key] = expectNumber(value, `$.limits.absolute.${key}`);
  }
  return Object.freeze({ absolute: Object.freeze(absolute) });
}
