/**
 * Finds the value closest to what was asked for: a case-insensitive match first, then the smallest edit
 * distance within a third of the length (at least 2).
 *
 * @param wanted - What the user asked for, e.g. `regionone`.
 * @param available - What exists, e.g. `['RegionOne']`.
 * @returns The nearest value, or `undefined` when nothing is close.
 *
 * @example
 * ```ts
 * import { nearestMatch } from 'stratus';
 * nearestMatch('regionone', ['RegionOne', 'RegionTwo']); // 'RegionOne'
 * ```
 */
export function nearestMatch(wanted: string, available: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  const exact = available.find((a) => a.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of [...available].sort()) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The Levenshtein distance between two strings.
 *
 * @param a - One string.
 * @param b - The other.
 * @returns The number of single-character edits that turn `a` into `b`.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
