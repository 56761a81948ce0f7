import { expectNumber, expectObject } from '../../../../shape/expect.ts';
import type { VolumeQuotaLimits, VolumeQuotas, VolumeQuotaUsage } from './types.ts';

/**
 * Parses `{"quota_set": {"volumes": {"limit", "in_use", "reserved"}, …, "id": …}}`.
 *
 * @param body - The response body.
 * @returns Quotas by name (`id` left out).
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseVolumeQuotas(body: unknown): VolumeQuotas {
  const set = expectObject(expectObject(body, '$').quota_set, '$.quota_set');
  const out: Record<string, VolumeQuotaUsage> = {};
  for (const [name, raw] of Object.entries(set)) {
    if (name === 'id') continue;
    const q = expectObject(raw, `$.quota_set.${name}`);
    out[name] = Object.freeze({
      limit: expectNumber(q.limit, `$.quota_set.${name}.limit`),
      inUse: expectNumber(q.in_use ?? 0, `$.quota_set.${name}.in_use`),
      reserved: expectNumber(q.reserved ?? 0, `$.quota_set.${name}.reserved`),
    });
  }
  return Object.freeze(out);
}

/**
 * Parses `{"quota_set": {"volumes": 10, …}}` (the answer to an update).
 *
 * @param body - The response body.
 * @returns Limits by name.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseVolumeQuotaLimits(body: unknown): VolumeQuotaLimits {
  const set = expectObject(expectObject(body, '$').quota_set, '$.quota_set');
  const out: Record<string, number> = {};
  for (const [name, raw] of Object.entries(set)) {
    if (name !== 'id') out[name] = expectNumber(raw, `$.quota_set.${name}`);
  }
  return Object.freeze(out);
}
