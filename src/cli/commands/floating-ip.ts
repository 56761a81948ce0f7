import type { Command } from 'commander';
import type { FloatingIp } from '../../drivers/openstack/network/floating-ips/types.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { found } from '../found.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { findServerRef, withDriver } from './compute-common.ts';
import { addListCommand } from './list-command.ts';
import { subgroup } from './network.ts';

const COLUMNS: readonly Column<FloatingIp>[] = [
  { key: 'id', header: 'ID' },
  { key: 'floatingIpAddress', header: 'Floating IP Address' },
  { key: 'fixedIpAddress', header: 'Fixed IP Address' },
  { key: 'portId', header: 'Port' },
  { key: 'floatingNetworkId', header: 'Floating Network' },
  { key: 'serverId', header: 'Server' },
];

function record(f: FloatingIp): Record<string, unknown> {
  return {
    id: f.id,
    floating_ip_address: f.floatingIpAddress,
    floating_network_id: f.floatingNetworkId,
    fixed_ip_address: f.fixedIpAddress,
    port_id: f.portId,
    router_id: f.routerId,
    server_id: f.serverId,
    status: f.status,
    description: f.description,
  };
}

interface SetFlags {
  readonly port?: string;
  readonly server?: string;
  readonly network?: string;
  readonly fixedIpAddress?: string;
}

type Driver = Parameters<Parameters<typeof withDriver>[2]>[0];

async function attach(driver: Driver, ref: string, flags: SetFlags): Promise<FloatingIp> {
  const ext = driver.ext;
  const fip = await found(ext.floatingIps.find(ref), 'floating IP', ref);
  if (flags.port !== undefined) {
    const port = await found(ext.network.findPort(flags.port), 'port', flags.port);
    return ext.floatingIps.attach(fip.id, port.id, flags.fixedIpAddress);
  }
  if (flags.server === undefined) throw new ConfigurationError('Pass `--port <port>` or `--server <server>`');
  const serverId = (await findServerRef(driver, flags.server)).id;
  const networkId =
    flags.network === undefined
      ? undefined
      : (await found(ext.network.findNetwork(flags.network), 'network', flags.network)).id;
  return ext.floatingIps.attachToServer(fip.id, serverId, {
    networkId,
    fixedIpAddress: flags.fixedIpAddress,
  });
}

function registerServerVerbs(program: Command, io: CliIo): void {
  const server = subgroup(program, 'server', 'compute servers (Nova)');
  const add = subgroup(subgroup(server, 'add', 'add things to a server'), 'floating', 'floating IPs');
  add
    .command('ip <server> <ip>')
    .description('attach a floating IP (address or id) to the server’s port on --network')
    .option('--network <network>', 'the network of the port to use (needed when the server has several)')
    .option('--fixed-ip-address <ip>', 'which of the port’s addresses to map')
    .action(async (serverRef: string, ref: string, flags: SetFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        printRecord(io, format, record(await attach(driver, ref, { ...flags, server: serverRef })));
      });
    });
  const remove = subgroup(
    subgroup(server, 'remove', 'remove things from a server'),
    'floating',
    'floating IPs',
  );
  remove
    .command('ip <server> <ip>')
    .description('detach a floating IP (address or id) from a server')
    .action(async (_server: string, ref: string, _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        await driver.ext.floatingIps.detach(
          (await found(driver.ext.floatingIps.find(ref), 'floating IP', ref)).id,
        );
      });
    });
}

function registerFloatingIpList(fip: Command, io: CliIo): void {
  fip
    .command('list')
    .description('list floating IPs (one request per page; servers from port details)')
    .option('--network <network>', 'only from this pool (id or name)')
    .action(async (flags: { readonly network?: string }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const pool =
          flags.network === undefined
            ? undefined
            : (await found(driver.ext.network.findNetwork(flags.network), 'network', flags.network)).id;
        printList(
          io,
          format,
          COLUMNS,
          await Array.fromAsync(driver.ext.floatingIps.list({ floatingNetworkId: pool })),
        );
      });
    });
  fip
    .command('show <ip>')
    .description('show a floating IP (address or id)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) =>
        printRecord(io, format, record(await found(driver.ext.floatingIps.find(ref), 'floating IP', ref))),
      );
    });
}

function registerFloatingIpCreate(fip: Command, io: CliIo): void {
  fip
    .command('create <network>')
    .description('allocate a floating IP from an external network (id or name), optionally on a port')
    .option('--port <port>', 'attach it to this port (id or name)')
    .option('--floating-ip-address <ip>', 'ask for this address')
    .option('--description <text>', 'a description')
    .action(
      async (
        network: string,
        flags: { port?: string; floatingIpAddress?: string; description?: string },
        command: Command,
      ) => {
        const { format } = readGlobalOptions(command);
        await withDriver(command, io, async (driver) => {
          const ext = driver.ext;
          const created = await ext.floatingIps.allocate({
            floatingNetworkId: (await found(ext.network.findNetwork(network), 'network', network)).id,
            portId:
              flags.port === undefined
                ? undefined
                : (await found(ext.network.findPort(flags.port), 'port', flags.port)).id,
            floatingIpAddress: flags.floatingIpAddress,
            description: flags.description,
          });
          printRecord(io, format, record(created));
        });
      },
    );
}

function registerFloatingIpSet(fip: Command, io: CliIo): void {
  fip
    .command('set <ip>')
    .description('attach a floating IP to --port, or to --server’s port (on --network)')
    .option('--port <port>', 'a port (id or name)')
    .option('--server <server>', 'a server (id or name)')
    .option('--network <network>', 'with --server: the network of the port to use')
    .option('--fixed-ip-address <ip>', 'which of the port’s addresses to map')
    .action(async (ref: string, flags: SetFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) =>
        printRecord(io, format, record(await attach(driver, ref, flags))),
      );
    });
  fip
    .command('unset <ip>')
    .description('detach a floating IP')
    .requiredOption('--port', 'detach it from its port')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        await driver.ext.floatingIps.detach(
          (await found(driver.ext.floatingIps.find(ref), 'floating IP', ref)).id,
        );
      });
    });
  fip
    .command('delete <ips...>')
    .description('release floating IPs (addresses or ids)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const ref of refs)
          await driver.ext.floatingIps.release(
            (await found(driver.ext.floatingIps.find(ref), 'floating IP', ref)).id,
          );
      });
    });
}

function registerFloatingIpPool(fip: Command, io: CliIo): void {
  addListCommand(fip.command('pool').description('floating IP pools'), io, {
    description: 'list the pools (the external networks)',
    columns: [{ key: 'name', header: 'Name' }],
    rows: (driver) => driver.ext.floatingIps.listPools(),
  });
}

/**
 * Registers `stratus floating ip list|show|create|set|unset|delete`, `floating ip pool list` and
 * `server add|remove floating ip` (Neutron).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerFloatingIpCommands: RegisterCommandGroup = (program, io) => {
  const fip = subgroup(program, 'floating', 'floating IPs (Neutron)')
    .command('ip')
    .description('floating IPs');
  registerFloatingIpList(fip, io);
  registerFloatingIpCreate(fip, io);
  registerFloatingIpSet(fip, io);
  registerFloatingIpPool(fip, io);
  registerServerVerbs(program, io);
};
