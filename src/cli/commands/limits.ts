import type { Command } from 'commander';
import type { RegisterCommandGroup } from '../command-group.ts';
import { readGlobalOptions } from '../global-options.ts';
import { type Column, printList } from '../output.ts';
import { withDriver } from './compute-common.ts';

interface LimitRow {
  readonly name: string;
  readonly value: number;
}

const COLUMNS: readonly Column<LimitRow>[] = [
  { key: 'name', header: 'Name' },
  { key: 'value', header: 'Value' },
];

/**
 * Registers `stratus limits show`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerLimitsCommands: RegisterCommandGroup = (program, io) => {
  const limits = program.command('limits').description('project limits and usage');
  limits
    .command('show')
    .description('show the absolute compute limits and usage (-1 = unlimited)')
    .option('--absolute', 'absolute limits (the only kind Nova still reports)', true)
    .option('--project <id>', "another project's limits (admin)")
    .action(async (options: { readonly project?: string }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const { absolute } = await driver.ext.compute.getLimits(options.project);
        printList(
          io,
          format,
          COLUMNS,
          Object.entries(absolute).map(([name, value]) => ({ name, value })),
        );
      });
    });
};
