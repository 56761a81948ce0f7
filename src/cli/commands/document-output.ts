import type { DeploymentReport, ResourceReport } from '../../facade/document/report.ts';
import type { OutputFormat } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';

const COLUMNS: readonly Column<Record<string, unknown>>[] = [
  { key: 'name', header: 'Resource' },
  { key: 'kind', header: 'Kind' },
  { key: 'action', header: 'Action' },
  { key: 'applied', header: 'Applied' },
  { key: 'id', header: 'ID' },
  { key: 'detail', header: 'Error / Changes' },
];

function row(report: ResourceReport): Record<string, unknown> {
  return { ...report, detail: report.error ?? report.changes.join('; ') };
}

/**
 * Prints a plan/apply/destroy report: the resources table and the outputs, or the report as JSON.
 *
 * @param io - Where to write.
 * @param format - `table` or `json`.
 * @param report - The report.
 */
export function printReport(io: CliIo, format: OutputFormat, report: DeploymentReport): void {
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(report, (_k, v: unknown) => (v === undefined ? null : v), 2)}\n`);
    return;
  }
  printList(io, format, COLUMNS, report.resources.map(row));
  if (Object.keys(report.outputs).length > 0) printRecord(io, format, report.outputs);
  io.stdout.write(
    `deployment ${report.deployment} (${report.engine} engine): ${report.ok ? 'ok' : 'FAILED'}\n`,
  );
}

/**
 * A progress callback that writes one line per finished resource to stderr.
 *
 * @param io - Where to write.
 * @param verb - What is happening, e.g. `apply`.
 * @returns The callback.
 */
export function progressLines(io: CliIo, verb: string): (report: ResourceReport) => void {
  const started = Date.now();
  return (report) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const mark = report.error === undefined ? 'ok' : `error: ${report.error}`;
    io.stderr.write(`${verb}: ${report.name} (${report.kind}) ${report.action} ${mark} [${seconds}s]\n`);
  };
}
