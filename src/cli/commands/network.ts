import type { Command } from 'commander';
import type { Network } from '../../drivers/openstack/network/networks/types.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { found } from '../found.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { withDriver } from './compute-common.ts';

interface NetworkRow {
  readonly id: string;
  readonly name: string;
  readonly subnets: string | readonly string[];
}

const COLUMNS: readonly Column<NetworkRow>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'subnets', header: 'Subnets' },
];

/**
 * The `network show` record of a network.
 *
 * @param n - The network.
 * @returns Its fields, named like the `openstack` CLI's.
 */
export function networkRecord(n: Network): Record<string, unknown> {
  return {
    id: n.id,
    name: n.name,
    status: n.status,
    admin_state_up: n.adminStateUp,
    shared: n.shared,
    'router:external': n.external,
    subnets: n.subnetIds,
    mtu: n.mtu,
    project_id: n.projectId,
    description: n.description,
  };
}

interface ListFlags {
  readonly external?: boolean;
  readonly internal?: boolean;
  readonly name?: string;
}

interface CreateFlags {
  readonly external?: boolean;
  readonly share?: boolean;
  readonly description?: string;
  readonly disable?: boolean;
}

/**
 * Finds a subcommand by name, or creates it: several groups add verbs under one parent, as in
 * `stratus server add volume` and `stratus server add security group`.
 *
 * @param parent - The parent command.
 * @param name - The subcommand name.
 * @param description - Its description, when it is created here.
 * @returns The subcommand.
 */
export function subgroup(parent: Command, name: string, description: string): Command {
  return parent.commands.find((c) => c.name() === name) ?? parent.command(name).description(description);
}

function registerNetworkList(network: Command, io: CliIo): void {
  network
    .command('list')
    .description('list networks (every page)')
    .option('--external', 'only external networks (the floating IP pools)')
    .option('--internal', 'only internal networks')
    .option('--name <name>', 'only networks with this name')
    .action(async (flags: ListFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      const external = flags.external ? true : flags.internal ? false : undefined;
      await withDriver(command, io, async (driver) => {
        const networks = await Array.fromAsync(
          driver.ext.network.listNetworks({ external, name: flags.name }),
        );
        const rows = networks.map((n) => ({
          id: n.id,
          name: n.name,
          subnets: format === 'json' ? n.subnetIds : n.subnetIds.join(', '),
        }));
        printList(io, format, COLUMNS, rows);
      });
    });
  network
    .command('show <network>')
    .description('show one network (id or name)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        printRecord(
          io,
          format,
          networkRecord(await found(driver.ext.network.findNetwork(ref), 'network', ref)),
        );
      });
    });
}

function registerNetworkCreate(network: Command, io: CliIo): void {
  network
    .command('create <name>')
    .description('create a network')
    .option('--external', 'make it an external network (admin)')
    .option('--share', 'share it with every project (admin)')
    .option('--disable', 'create it administratively down')
    .option('--description <text>', 'a description')
    .action(async (name: string, flags: CreateFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const created = await driver.ext.network.createNetwork({
          name,
          external: flags.external,
          shared: flags.share,
          adminStateUp: flags.disable ? false : undefined,
          description: flags.description,
        });
        printRecord(io, format, networkRecord(created));
      });
    });
}

function registerNetworkSet(network: Command, io: CliIo): void {
  network
    .command('set <network>')
    .description('rename, redescribe, enable or disable a network')
    .option('--name <name>', 'a new name')
    .option('--description <text>', 'a new description')
    .option('--enable', 'administratively up')
    .option('--disable', 'administratively down')
    .action(
      async (ref: string, flags: CreateFlags & { name?: string; enable?: boolean }, command: Command) => {
        await withDriver(command, io, async (driver) => {
          const target = await found(driver.ext.network.findNetwork(ref), 'network', ref);
          const adminStateUp = flags.enable ? true : flags.disable ? false : undefined;
          await driver.ext.network.updateNetwork(target.id, {
            name: flags.name,
            description: flags.description,
            adminStateUp,
          });
        });
      },
    );
  network
    .command('delete <networks...>')
    .description('delete networks (id or name)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const ref of refs) {
          await driver.ext.network.deleteNetwork(
            (await found(driver.ext.network.findNetwork(ref), 'network', ref)).id,
          );
        }
      });
    });
}

/**
 * Reads a numeric flag.
 *
 * @param value - The flag's text, or `undefined` when it was not given.
 * @param flag - The flag, for the message, e.g. `--size`.
 * @returns The number, or `undefined`.
 * @throws {@link ConfigurationError} when it is not a whole number ≥ 0.
 */
export function wholeNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new ConfigurationError(`\`${flag}\` takes a whole number, got "${value}"`);
  return Number(value);
}

/**
 * Registers `stratus network list|show|create|set|delete` (Neutron).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerNetworkCommands: RegisterCommandGroup = (program, io) => {
  const network = program.command('network').description('networks (Neutron)');
  registerNetworkList(network, io);
  registerNetworkCreate(network, io);
  registerNetworkSet(network, io);
};
