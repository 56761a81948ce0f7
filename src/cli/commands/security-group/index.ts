import type { Command } from 'commander';
import type { RegisterCommandGroup } from '../../command-group.ts';
import type { CliIo } from '../../io.ts';
import { subgroup } from '../network.ts';
import { registerGroupChanges } from './create-delete.ts';
import { registerGroupReads } from './list-show.ts';
import { registerRuleCreate } from './rule-create.ts';
import { registerRuleDelete, registerRuleList } from './rule-list-delete.ts';
import { registerServerVerbs } from './server-verbs.ts';

function registerRules(group: Command, io: CliIo): void {
  const rule = group.command('rule').description('security group rules');
  registerRuleList(rule, io);
  registerRuleCreate(rule, io);
  registerRuleDelete(rule, io);
}

/**
 * Registers `stratus security group list|show|create|delete`, `security group rule list|create|delete`
 * and `server add|remove security group` (Neutron).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerSecurityGroupCommands: RegisterCommandGroup = (program, io) => {
  const group = subgroup(program, 'security', 'security groups (Neutron)')
    .command('group')
    .description('security groups');
  registerGroupReads(group, io);
  registerGroupChanges(group, io);
  registerRules(group, io);
  registerServerVerbs(program, io);
};
