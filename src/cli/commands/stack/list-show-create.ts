import type { Command } from 'commander';
import { found } from '../../found.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { addListCommand } from '../list-command.ts';
import { COLUMNS, record, type TemplateFlags, templateOptions, wait, withTemplateFlags } from './shared.ts';

/**
 * Registers `stack list`, `stack show` and `stack create`.
 *
 * @param stack - The `stack` command.
 * @param io - Environment and output streams.
 */
export function registerStackBasics(stack: Command, io: CliIo): void {
  addListCommand(stack, io, {
    description: 'list stacks (every page; a stack Heat has just finished deleting is left out)',
    columns: COLUMNS,
    // Heat lists a deleted stack as DELETE_COMPLETE for a moment before it is gone; `stack show` calls it absent
    rows: async (driver) =>
      (await Array.fromAsync(driver.ext.orchestration.listStacks())).filter(
        (s) => s.status !== 'DELETE_COMPLETE',
      ),
  });
  stack
    .command('show <stack>')
    .description('show a stack with its outputs (name or id)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) =>
        printRecord(io, format, record(await found(driver.ext.orchestration.findStack(ref), 'stack', ref))),
      );
    });
  withTemplateFlags(stack.command('create <name>').description('create a stack from a template')).action(
    async (name: string, flags: TemplateFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const heat = driver.ext.orchestration;
        const ref = await heat.createStack({ name, ...(await templateOptions(flags)) });
        const done = flags.wait ? await wait(io, driver, ref, 'CREATE') : undefined;
        printRecord(io, format, done === undefined ? { id: ref.id, stack_name: ref.name } : record(done));
      });
    },
  );
}
