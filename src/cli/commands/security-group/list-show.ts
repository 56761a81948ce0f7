import type { Command } from 'commander';
import type { SecurityGroup } from '../../../drivers/openstack/network/security-groups/types.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { type Column, printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { addListCommand } from '../list-command.ts';
import { findGroup, ruleRow } from './shared.ts';

const GROUP_COLUMNS: readonly Column<SecurityGroup>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'description', header: 'Description' },
];

/**
 * Registers `security group list` and `security group show` (with its rules).
 *
 * @param group - The `security group` command.
 * @param io - Environment and output streams.
 */
export function registerGroupReads(group: Command, io: CliIo): void {
  addListCommand(group, io, {
    description: 'list security groups',
    columns: GROUP_COLUMNS,
    rows: (driver) => driver.ext.securityGroups.listSecurityGroups(),
  });
  group
    .command('show <group>')
    .description('show a security group and its rules (id or name)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const g = await findGroup(driver, ref);
        const lines = g.rules.map((r) => Object.values(ruleRow(r)).filter(Boolean).join(' '));
        const rules = format === 'json' ? lines : lines.join('\n');
        printRecord(io, format, {
          id: g.id,
          name: g.name,
          description: g.description,
          rules,
          project_id: g.projectId,
        });
      });
    });
}
