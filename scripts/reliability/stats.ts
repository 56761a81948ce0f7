// Small statistics for the reliability table.

/**
 * @param values - Latencies in ms.
 * @param p - The percentile, 0–100.
 * @returns The nearest-rank percentile (0 for none).
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/**
 * @param error - Anything thrown.
 * @returns Its class name (`NetworkError`, `OutcomeUnknownError`…).
 */
export function errorClass(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * Counts by key.
 *
 * @param keys - The keys.
 * @returns `key×n` pairs joined, or `-`.
 */
export function tally(keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts.size === 0 ? '-' : [...counts].map(([key, n]) => `${key}×${n}`).join(', ');
}

/** One row of the printed table. */
export interface Row {
  readonly scenario: string;
  readonly result: string;
  readonly ok: boolean;
}

/**
 * Prints rows as a Markdown table (the same text goes into docs/reliability.md).
 *
 * @param rows - The rows.
 * @returns The table text.
 */
export function formatTable(rows: readonly Row[]): string {
  const lines = ['| scenario | result | pass |', '|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.scenario} | ${row.result} | ${row.ok ? 'yes' : '**NO**'} |`);
  return lines.join('\n');
}
