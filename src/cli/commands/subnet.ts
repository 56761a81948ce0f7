import type { Command } from 'commander';
import type { Subnet } from '../../drivers/openstack/network/subnets/types.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { found } from '../found.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { withDriver } from './compute-common.ts';
import { repeat } from './flag-values.ts';

const COLUMNS: readonly Column<Subnet>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'networkId', header: 'Network' },
  { key: 'cidr', header: 'Subnet' },
];

function record(s: Subnet): Record<string, unknown> {
  return {
    id: s.id,
    name: s.name,
    network_id: s.networkId,
    cidr: s.cidr,
    ip_version: s.ipVersion,
    gateway_ip: s.gatewayIp ?? 'None',
    enable_dhcp: s.enableDhcp,
    allocation_pools: s.allocationPools.map((p) => `${p.start}-${p.end}`).join(', '),
    dns_nameservers: s.dnsNameservers,
    project_id: s.projectId,
  };
}

interface CreateFlags {
  readonly network: string;
  readonly subnetRange: string;
  readonly gateway?: string;
  readonly dhcp?: boolean;
  readonly dnsNameserver?: string[];
  readonly ipVersion?: string;
}

function gateway(value: string | undefined): string | null | undefined {
  if (value === undefined || value === 'auto') return undefined;
  return value === 'none' ? null : value;
}

function ipVersion(value: string | undefined): 4 | 6 | undefined {
  if (value === undefined) return undefined;
  if (value === '4' || value === '6') return value === '4' ? 4 : 6;
  throw new ConfigurationError(`\`--ip-version\` must be 4 or 6, got ${value}`);
}

function registerSubnetList(subnet: Command, io: CliIo): void {
  subnet
    .command('list')
    .description('list subnets (every page)')
    .option('--network <network>', 'only subnets of this network (id or name)')
    .action(async (flags: { readonly network?: string }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const net = driver.ext.network;
        const networkId =
          flags.network === undefined
            ? undefined
            : (await found(net.findNetwork(flags.network), 'network', flags.network)).id;
        printList(io, format, COLUMNS, await Array.fromAsync(net.listSubnets({ networkId })));
      });
    });
  subnet
    .command('show <subnet>')
    .description('show one subnet (id or name)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        printRecord(io, format, record(await found(driver.ext.network.findSubnet(ref), 'subnet', ref)));
      });
    });
}

function registerSubnetCreate(subnet: Command, io: CliIo): void {
  subnet
    .command('create <name>')
    .description('create a subnet')
    .requiredOption('--network <network>', 'the network (id or name)')
    .requiredOption('--subnet-range <cidr>', 'the CIDR, e.g. 10.0.0.0/24')
    .option('--gateway <ip|auto|none>', 'the gateway address; none for no gateway', 'auto')
    .option('--no-dhcp', 'disable DHCP')
    .option('--dns-nameserver <ip>', 'a DNS server (repeatable)', repeat)
    .option('--ip-version <4|6>', 'the IP version (guessed from the CIDR)')
    .action(async (name: string, flags: CreateFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const net = driver.ext.network;
        const created = await net.createSubnet({
          name,
          networkId: (await found(net.findNetwork(flags.network), 'network', flags.network)).id,
          cidr: flags.subnetRange,
          gatewayIp: gateway(flags.gateway),
          enableDhcp: flags.dhcp === false ? false : undefined,
          dnsNameservers: flags.dnsNameserver,
          ipVersion: ipVersion(flags.ipVersion),
        });
        printRecord(io, format, record(created));
      });
    });
  subnet
    .command('delete <subnets...>')
    .description('delete subnets (id or name)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const net = driver.ext.network;
        for (const ref of refs) await net.deleteSubnet((await found(net.findSubnet(ref), 'subnet', ref)).id);
      });
    });
}

/**
 * Registers `stratus subnet list|show|create|delete` (Neutron).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerSubnetCommands: RegisterCommandGroup = (program, io) => {
  const subnet = program.command('subnet').description('subnets (Neutron)');
  registerSubnetList(subnet, io);
  registerSubnetCreate(subnet, io);
};
