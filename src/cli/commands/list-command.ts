// The flagless `… list` subcommand shared by the service command groups: one driver, every page, one table.
import type { Command } from 'commander';
import type { OpenStackNodeDriver } from '../../drivers/openstack/v1-1/driver.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList } from '../output.ts';
import { withDriver } from './compute-common.ts';

/** What {@link addListCommand} lists. */
export interface ListCommandSpec<T extends object> {
  /** The help line. */
  readonly description: string;
  /** The table columns (and JSON keys). */
  readonly columns: readonly Column<T>[];
  /** Every row, from the driver (a lazy list or an array). */
  readonly rows: (driver: OpenStackNodeDriver) => AsyncIterable<T> | Promise<readonly T[]>;
}

/**
 * Adds a `list` subcommand that prints every row as a table or JSON.
 *
 * @param parent - The command group, e.g. `volume snapshot`.
 * @param io - Environment and output streams.
 * @param spec - Description, columns and where the rows come from.
 */
export function addListCommand<T extends object>(parent: Command, io: CliIo, spec: ListCommandSpec<T>): void {
  parent
    .command('list')
    .description(spec.description)
    .action(async (_flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const source = spec.rows(driver);
        const rows = Symbol.asyncIterator in source ? await Array.fromAsync(source) : await source;
        printList(io, format, spec.columns, rows);
      });
    });
}
