import type { Command } from 'commander';
import type { SecurityGroupRule } from '../../drivers/openstack/network/security-group-rules/types.ts';
import type { SecurityGroup } from '../../drivers/openstack/network/security-groups/types.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { found } from '../found.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { findServerRef, withDriver } from './compute-common.ts';
import { addListCommand } from './list-command.ts';
import { subgroup } from './network.ts';

const GROUP_COLUMNS: readonly Column<SecurityGroup>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'description', header: 'Description' },
];

interface RuleRow {
  readonly id: string;
  readonly protocol: string;
  readonly ipRange: string;
  readonly portRange: string;
  readonly direction: string;
  readonly ethertype: string;
}

const RULE_COLUMNS: readonly Column<RuleRow>[] = [
  { key: 'id', header: 'ID' },
  { key: 'protocol', header: 'IP Protocol' },
  { key: 'ipRange', header: 'IP Range' },
  { key: 'portRange', header: 'Port Range' },
  { key: 'direction', header: 'Direction' },
  { key: 'ethertype', header: 'Ethertype' },
];

function ruleRow(r: SecurityGroupRule): RuleRow {
  const ports = r.portRangeMin === undefined ? '' : `${r.portRangeMin}:${r.portRangeMax ?? r.portRangeMin}`;
  return {
    id: r.id,
    protocol: r.protocol ?? 'any',
    ipRange: r.remoteIpPrefix ?? (r.remoteGroupId ? `group ${r.remoteGroupId}` : ''),
    portRange: ports,
    direction: r.direction,
    ethertype: r.ethertype,
  };
}

/**
 * Parses `--dst-port 22` or `--dst-port 8000:8080`.
 *
 * @param value - The flag value.
 * @returns The first and last port.
 * @throws {@link ConfigurationError} for anything else.
 */
export function portRange(value: string | undefined): { min?: number; max?: number } {
  if (value === undefined) return {};
  const match = /^(\d+)(?::(\d+))?$/.exec(value);
  if (match === null)
    throw new ConfigurationError(`\`--dst-port\` takes a port or a range like 8000:8080, got ${value}`);
  return { min: Number(match[1]), max: Number(match[2] ?? match[1]) };
}

interface RuleFlags {
  readonly protocol?: string;
  readonly dstPort?: string;
  readonly remoteIp?: string;
  readonly remoteGroup?: string;
  readonly egress?: boolean;
  readonly ethertype?: 'IPv4' | 'IPv6';
  readonly description?: string;
}

function registerRules(group: Command, io: CliIo): void {
  const rule = group.command('rule').description('security group rules');
  registerRuleList(rule, io);
  registerRuleCreate(rule, io);
  registerRuleDelete(rule, io);
}

function registerServerVerbs(program: Command, io: CliIo): void {
  const server = subgroup(program, 'server', 'compute servers (Nova)');
  for (const verb of ['add', 'remove'] as const) {
    subgroup(
      subgroup(server, verb, `${verb} things ${verb === 'add' ? 'to' : 'from'} a server`),
      'security',
      'security groups',
    )
      .command('group <server> <group>')
      .description(`${verb} a security group ${verb === 'add' ? 'to' : 'from'} every port of a server`)
      .action(async (serverRef: string, groupRef: string, _flags: unknown, command: Command) => {
        await withDriver(command, io, async (driver) => {
          const sg = driver.ext.securityGroups;
          const serverId = (await findServerRef(driver, serverRef)).id;
          const groupId = (await found(sg.findSecurityGroup(groupRef), 'security group', groupRef)).id;
          await (verb === 'add'
            ? sg.addSecurityGroupToServer(serverId, groupId)
            : sg.removeSecurityGroupFromServer(serverId, groupId));
        });
      });
  }
}

function registerRuleList(rule: Command, io: CliIo): void {
  rule
    .command('list [group]')
    .description('list rules (of one group: id or name)')
    .action(async (ref: string | undefined, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const sg = driver.ext.securityGroups;
        const securityGroupId =
          ref === undefined ? undefined : (await found(sg.findSecurityGroup(ref), 'security group', ref)).id;
        const rules = await Array.fromAsync(sg.listSecurityGroupRules({ securityGroupId }));
        printList(io, format, RULE_COLUMNS, rules.map(ruleRow));
      });
    });
}

function registerRuleCreate(rule: Command, io: CliIo): void {
  rule
    .command('create <group>')
    .description('add a rule to a group (ingress unless --egress)')
    .option('--protocol <proto>', 'tcp, udp, icmp, … (any when omitted)')
    .option('--dst-port <port[:port]>', 'a port or a range')
    .option('--remote-ip <cidr>', 'the remote range, e.g. 0.0.0.0/0')
    .option('--remote-group <group>', 'the remote security group (id or name)')
    .option('--egress', 'an outgoing rule')
    .option('--ethertype <IPv4|IPv6>', 'the address family')
    .option('--description <text>', 'a description')
    .action(async (ref: string, flags: RuleFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const sg = driver.ext.securityGroups;
        const ports = portRange(flags.dstPort);
        const remote = flags.remoteGroup;
        const created = await sg.createSecurityGroupRule({
          securityGroupId: (await found(sg.findSecurityGroup(ref), 'security group', ref)).id,
          direction: flags.egress ? 'egress' : 'ingress',
          ethertype: flags.ethertype,
          protocol: flags.protocol,
          portRangeMin: ports.min,
          portRangeMax: ports.max,
          remoteIpPrefix: flags.remoteIp,
          remoteGroupId:
            remote === undefined
              ? undefined
              : (await found(sg.findSecurityGroup(remote), 'security group', remote)).id,
          description: flags.description,
        });
        const r = ruleRow(created);
        printRecord(io, format, {
          id: r.id,
          security_group_id: created.securityGroupId,
          direction: r.direction,
          ethertype: r.ethertype,
          protocol: r.protocol,
          port_range: r.portRange,
          remote_ip_prefix: created.remoteIpPrefix,
          remote_group_id: created.remoteGroupId,
        });
      });
    });
}

function registerRuleDelete(rule: Command, io: CliIo): void {
  rule
    .command('delete <rules...>')
    .description('delete rules by id')
    .action(async (ids: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const id of ids) await driver.ext.securityGroups.deleteSecurityGroupRule(id);
      });
    });
}

function registerGroupReads(group: Command, io: CliIo): void {
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
        const g = await found(driver.ext.securityGroups.findSecurityGroup(ref), 'security group', ref);
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

function registerGroupChanges(group: Command, io: CliIo): void {
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
        for (const ref of refs)
          await sg.deleteSecurityGroup((await found(sg.findSecurityGroup(ref), 'security group', ref)).id);
      });
    });
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
