/**
 * Parses a `Retry-After` header in either form: delay seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`).
 *
 * @param value - The header value, if any.
 * @param now - The current time in epoch milliseconds (for tests).
 * @returns The wait in milliseconds (0 for a date in the past), or `undefined` when absent or unparsable.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // Only the date forms RFC 9110 allows; `Date.parse` alone would also accept `2026` or `1 2 3`.
  if (!/^[A-Za-z]{3},? |^[A-Za-z]+day, /.test(trimmed)) return undefined;
  // asctime (`Sun Nov  6 08:49:37 1994`) carries no zone but is GMT by definition.
  const at = Date.parse(/\d{4}$/.test(trimmed) ? `${trimmed} GMT` : trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
