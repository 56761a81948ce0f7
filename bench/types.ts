// The contract between bench/run.ts and each bench/*.bench.ts file.

/** One measured line of a benchmark table. */
export interface BenchRow {
  /** What was measured, e.g. `bare undici`. */
  readonly label: string;
  /** The unit of min/median/max, e.g. `µs/request`. */
  readonly unit: string;
  /** Per-round values in `unit`. */
  readonly samples: readonly number[];
  /** Median of this row divided by the median of the baseline row, when there is one. */
  readonly ratio?: number | undefined;
}

/** What a benchmark returns. */
export interface BenchReport {
  /** The rows, baseline first. */
  readonly rows: readonly BenchRow[];
  /** Lines printed under the table (goal, setup). */
  readonly notes?: readonly string[] | undefined;
}

/** What every `bench/*.bench.ts` file exports as `benchmark`. */
export interface Benchmark {
  /** A short name, used by the filter argument of `npm run bench -- <filter>`. */
  readonly name: string;
  /** One line saying what is compared. */
  readonly description: string;
  /** Runs the benchmark. */
  run(): Promise<BenchReport>;
}

/**
 * @param values - Numbers.
 * @returns Their median.
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}
