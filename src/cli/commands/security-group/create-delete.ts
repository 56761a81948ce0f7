import type { Command } from 'commander';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { findGroup } from './shared.ts';

/**
 * Registers `security group create` and `security group delete` (ids or names).
 *
 * @param group - The `security group` command.
 * @param io - Environment and output streams.
 */
export function registerGroupChanges(group: Command, io: CliIo): void {
  group
    .command('create <name>')
    .description('create a security group')
    .option('--description <text>', 'a description')
    .action(async (name: string, flags: { readonly description?: string }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const g = await driver.ext.securityGroups.createSecurityGroup({
          name,
          description: flags.description,
        });
        printRecord(io, format, {
          id: g.id,
          name: g.name,
          description: g.description,
          rules: g.rules.length,
        });
      });
    });
  group
    .command('delete <groups...>')
    .description('delete security groups (id or name)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const sg = driver.ext.securityGroups;
        for (const ref of refs) await sg.deleteSecurityGroup((await findGroup(driver, ref)).id);
      });
    });
}
