import Table from 'cli-table3';
import type { OutputFormat } from './global-options.ts';
import type { CliIo } from './io.ts';

/** One column of a listing: the row key and its header. */
export interface Column<T extends object = Readonly<Record<string, unknown>>> {
  /** The key in each row (also the JSON key). */
  readonly key: keyof T & string;
  /** The table header. */
  readonly header: string;
}

type Row = Readonly<Record<string, unknown>>;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Prints a list (`T` is the row type): a table with the given columns, or a JSON array of objects keyed by the column keys.
 *
 * @param io - Where to write.
 * @param format - `table` or `json`.
 * @param columns - The columns, in order.
 * @param rows - The rows.
 */
export function printList<T extends object>(
  io: CliIo,
  format: OutputFormat,
  columns: readonly Column<T>[],
  rows: readonly T[],
): void {
  if (format === 'json') {
    const objects = rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? null])));
    io.stdout.write(`${JSON.stringify(objects, null, 2)}\n`);
    return;
  }
  const table = new Table({ head: columns.map((c) => c.header), style: { head: [], border: [] } });
  for (const row of rows) table.push(columns.map((c) => cell(row[c.key])));
  io.stdout.write(`${table.toString()}\n`);
}

/**
 * Prints one record: a Field/Value table, or a JSON object.
 *
 * @param io - Where to write.
 * @param format - `table` or `json`.
 * @param record - The fields, in order.
 */
export function printRecord(io: CliIo, format: OutputFormat, record: Row): void {
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(record, (_k, v: unknown) => (v === undefined ? null : v), 2)}\n`);
    return;
  }
  const table = new Table({ head: ['Field', 'Value'], style: { head: [], border: [] } });
  for (const [key, value] of Object.entries(record)) table.push([key, cell(value)]);
  io.stdout.write(`${table.toString()}\n`);
}
