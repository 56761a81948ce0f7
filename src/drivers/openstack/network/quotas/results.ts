import { expectNumber, expectObject } from '../../../../shape/expect.ts';
import type { NetworkQuotaLimits, NetworkQuotas, QuotaUsage } from './types.ts';

/**
 * Parses `{"quota": {"network": {"limit", "used", "reserved"}, …}}`.
 *
 * @param body - The response body.
 * @returns Quotas by resource name.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseNetworkQuotas(body: unknown): NetworkQuotas {
  const quota = expectObject(expectObject(body, '$').quota, '$.quota');
  const out: Record<string, QuotaUsage> = {};
  for (const [name, raw] of Object.entries(quota)) {
    const q = expectObject(raw, `$.quota.${name}`);
    out[name] = Object.freeze({
      limit: expectNumber(q.limit, `$.quota.${name}.limit`),
      used: expectNumber(q.used ?? 0, `$.quota.${name}.used`),
      reserved: expectNumber(q.reserved ?? 0, `$.quota.${name}.reserved`),
    });
  }
  return Object.freeze(out);
}

/**
 * Parses `{"quota": {"network": 100, …}}` (the answer to an update).
 *
 * @param body - The response body.
 * @returns Limits by resource name.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseNetworkQuotaLimits(body: unknown): NetworkQuotaLimits {
  const quota = expectObject(expectObject(body, '$').quota, '$.quota');
  const out: Record<string, number> = {};
  for (const [name, raw] of Object.entries(quota)) out[name] = expectNumber(raw, `$.quota.${name}`);
  return Object.freeze(out);
}
