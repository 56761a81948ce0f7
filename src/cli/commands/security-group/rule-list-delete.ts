import type { Command } from 'commander';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printList } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { findGroup, RULE_COLUMNS, ruleRow } from './shared.ts';

/**
 * Registers `security group rule list` (of every group, or of one: id or name).
 *
 * @param rule - The `security group rule` command.
 * @param io - Environment and output streams.
 */
export function registerRuleList(rule: Command, io: CliIo): void {
  rule
    .command('list [group]')
    .description('list rules (of one group: id or name)')
    .action(async (ref: string | undefined, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const sg = driver.ext.securityGroups;
        const securityGroupId = ref === undefined ? undefined : (await findGroup(driver, ref)).id;
        const rules = await Array.fromAsync(sg.listSecurityGroupRules({ securityGroupId }));
        printList(io, format, RULE_COLUMNS, rules.map(ruleRow));
      });
    });
}

/**
 * Registers `security group rule delete` (rule ids).
 *
 * @param rule - The `security group rule` command.
 * @param io - Environment and output streams.
 */
export function registerRuleDelete(rule: Command, io: CliIo): void {
  rule
    .command('delete <rules...>')
    .description('delete rules by id')
    .action(async (ids: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const id of ids) await driver.ext.securityGroups.deleteSecurityGroupRule(id);
      });
    });
}
