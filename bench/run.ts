// `npm run bench [-- <filter>]`: runs every bench/*.bench.ts (whose name contains the filter) and prints a table.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Table from 'cli-table3';
import { type Benchmark, type BenchReport, median } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));

function isBenchmark(value: unknown): value is Benchmark {
  if (typeof value !== 'object' || value === null) return false;
  return typeof Reflect.get(value, 'name') === 'string' && typeof Reflect.get(value, 'run') === 'function';
}

async function load(file: string): Promise<Benchmark> {
  const module: unknown = await import(pathToFileURL(join(here, file)).href);
  const candidate: unknown =
    typeof module === 'object' && module !== null ? Reflect.get(module, 'benchmark') : undefined;
  if (!isBenchmark(candidate))
    throw new Error(`bench/${file} must export \`benchmark\` ({ name, description, run })`);
  return candidate;
}

function fmt(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

function print(bench: Benchmark, report: BenchReport): void {
  const table = new Table({ head: ['case', 'unit', 'min', 'median', 'max', 'rounds', 'ratio'] });
  for (const row of report.rows) {
    table.push([
      row.label,
      row.unit,
      fmt(Math.min(...row.samples)),
      fmt(median(row.samples)),
      fmt(Math.max(...row.samples)),
      String(row.samples.length),
      row.ratio === undefined ? '—' : `${row.ratio.toFixed(3)}×`,
    ]);
  }
  console.log(`\n${bench.name}: ${bench.description}`);
  console.log(table.toString());
  for (const note of report.notes ?? []) console.log(`  ${note}`);
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(here)
    .filter((file) => file.endsWith('.bench.ts'))
    .sort();
  const selected = files.filter((file) => filter === undefined || file.includes(filter));
  if (selected.length === 0) {
    console.error(`no benchmark matches "${filter ?? ''}"; available: ${files.join(', ') || 'none'}`);
    process.exitCode = 1;
    return;
  }
  for (const file of selected) {
    const bench = await load(file);
    print(bench, await bench.run());
  }
}

await main();
