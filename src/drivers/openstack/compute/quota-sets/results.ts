import { expectNumber, expectObject, optionalId } from '../../../../shape/expect.ts';
import type { QuotaSet } from './types.ts';

/**
 * Parses a quota set, plain (`key: n`) or detailed (`key: { limit, in_use, reserved }`).
 *
 * @param body - The response body.
 * @param projectId - The project asked for (the body's `id` wins when present).
 * @returns The quota set.
 */
export function parseQuotaSet(body: unknown, projectId: string): QuotaSet {
  const q = expectObject(expectObject(body, '$').quota_set, '$.quota_set');
  const limits: Record<string, number> = {};
  const usage: Record<string, { inUse: number; reserved: number }> = {};
  for (const [key, value] of Object.entries(q)) {
    if (key === 'id') continue;
    const path = `$.quota_set.${key}`;
    if (typeof value === 'object' && value !== null) {
      const d = expectObject(value, path);
      limits[key] = expectNumber(d.limit, `${path}.limit`);
      usage[key] = {
        inUse: expectNumber(d.in_use ?? 0, `${path}.in_use`),
        reserved: expectNumber(d.reserved ?? 0, `${path}.reserved`),
      };
    } else {
      limits[key] = expectNumber(value, path);
    }
  }
  return Object.freeze({ projectId: optionalId(q.id, '$.quota_set.id') ?? projectId, limits, usage });
}
