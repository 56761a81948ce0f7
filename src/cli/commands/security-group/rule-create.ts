import type { Command } from 'commander';
import type { SecurityGroupRule } from '../../../drivers/openstack/network/security-group-rules/types.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { findGroup, portRange, ruleRow } from './shared.ts';

/** The flags of `security group rule create`. */
interface RuleFlags {
  readonly protocol?: string;
  readonly dstPort?: string;
  readonly remoteIp?: string;
  readonly remoteGroup?: string;
  readonly egress?: boolean;
  readonly ethertype?: 'IPv4' | 'IPv6';
  readonly description?: string;
}

function ruleRecord(created: SecurityGroupRule): Record<string, unknown> {
  const r = ruleRow(created);
  return {
    id: r.id,
    security_group_id: created.securityGroupId,
    direction: r.direction,
    ethertype: r.ethertype,
    protocol: r.protocol,
    port_range: r.portRange,
    remote_ip_prefix: created.remoteIpPrefix,
    remote_group_id: created.remoteGroupId,
  };
}

/**
 * Registers `security group rule create` (ingress unless `--egress`).
 *
 * @param rule - The `security group rule` command.
 * @param io - Environment and output streams.
 */
export function registerRuleCreate(rule: Command, io: CliIo): void {
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
          securityGroupId: (await findGroup(driver, ref)).id,
          direction: flags.egress ? 'egress' : 'ingress',
          ethertype: flags.ethertype,
          protocol: flags.protocol,
          portRangeMin: ports.min,
          portRangeMax: ports.max,
          remoteIpPrefix: flags.remoteIp,
          remoteGroupId: remote === undefined ? undefined : (await findGroup(driver, remote)).id,
          description: flags.description,
        });
        printRecord(io, format, ruleRecord(created));
      });
    });
}
