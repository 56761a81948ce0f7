import type { Command } from 'commander';
import type { Port } from '../../drivers/openstack/network/ports/types.ts';
import type { OpenStackNodeDriver } from '../../drivers/openstack/v1-1/driver.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { found } from '../found.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { findServerRef, withDriver } from './compute-common.ts';
import { keyValues, repeat } from './flag-values.ts';
import { findGroup } from './security-group/shared.ts';

interface PortRow {
  readonly id: string;
  readonly name: string;
  readonly macAddress: string;
  readonly fixedIps: string;
  readonly status: string;
}

const COLUMNS: readonly Column<PortRow>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'macAddress', header: 'MAC Address' },
  { key: 'fixedIps', header: 'Fixed IP Addresses' },
  { key: 'status', header: 'Status' },
];

function fixedIps(p: Port): string {
  return p.fixedIps.map((ip) => `ip_address='${ip.ipAddress}', subnet_id='${ip.subnetId}'`).join('; ');
}

function record(p: Port): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    network_id: p.networkId,
    mac_address: p.macAddress,
    status: p.status,
    device_id: p.deviceId,
    device_owner: p.deviceOwner,
    fixed_ips: fixedIps(p),
    security_group_ids: p.securityGroupIds,
    admin_state_up: p.adminStateUp,
    project_id: p.projectId,
  };
}

interface ListFlags {
  readonly network?: string;
  readonly server?: string;
  readonly router?: string;
  readonly deviceOwner?: string;
}

async function deviceId(
  driver: Parameters<Parameters<typeof withDriver>[2]>[0],
  flags: ListFlags,
): Promise<string | undefined> {
  if (flags.server !== undefined) return (await findServerRef(driver, flags.server)).id;
  if (flags.router !== undefined)
    return (await found(driver.ext.network.findRouter(flags.router), 'router', flags.router)).id;
  return undefined;
}

function registerPortList(port: Command, io: CliIo): void {
  port
    .command('list')
    .description('list ports (one request per page, no per-port lookups)')
    .option('--network <network>', 'only ports on this network (id or name)')
    .option('--server <server>', 'only the ports of this server (id or name)')
    .option('--router <router>', 'only the ports of this router (id or name)')
    .option('--device-owner <owner>', 'e.g. network:router_interface')
    .action(async (flags: ListFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const net = driver.ext.network;
        const networkId =
          flags.network === undefined
            ? undefined
            : (await found(net.findNetwork(flags.network), 'network', flags.network)).id;
        const ports = net.listPorts({
          networkId,
          deviceId: await deviceId(driver, flags),
          deviceOwner: flags.deviceOwner,
        });
        const rows = (await Array.fromAsync(ports)).map((p) => ({ ...p, fixedIps: fixedIps(p) }));
        printList(io, format, COLUMNS, rows);
      });
    });
  port
    .command('show <port>')
    .description('show one port (id or name)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        printRecord(io, format, record(await found(driver.ext.network.findPort(ref), 'port', ref)));
      });
    });
}

/** `--fixed-ip subnet=…,ip-address=…` values as Neutron fixed IPs (subnets by id or name). */
function requestedFixedIps(
  driver: OpenStackNodeDriver,
  specs: readonly string[],
): Promise<{ subnetId?: string; ipAddress?: string }[]> {
  const fixed = specs.map((spec) => keyValues(spec.split(','), '--fixed-ip') ?? {});
  return Promise.all(
    fixed.map(async (f) => ({
      ...(f.subnet === undefined
        ? {}
        : { subnetId: (await found(driver.ext.network.findSubnet(f.subnet), 'subnet', f.subnet)).id }),
      ...(f['ip-address'] === undefined ? {} : { ipAddress: f['ip-address'] }),
    })),
  );
}

function registerPortCreate(port: Command, io: CliIo): void {
  port
    .command('create <name>')
    .description('create a port')
    .requiredOption('--network <network>', 'the network (id or name)')
    .option('--fixed-ip <subnet=…,ip-address=…>', 'an address to take (repeatable)', repeat)
    .option('--security-group <group>', 'a security group (id or name, repeatable)', repeat)
    .action(
      async (
        name: string,
        flags: { network: string; fixedIp?: string[]; securityGroup?: string[] },
        command: Command,
      ) => {
        const { format } = readGlobalOptions(command);
        await withDriver(command, io, async (driver) => {
          const net = driver.ext.network;
          const ips = await requestedFixedIps(driver, flags.fixedIp ?? []);
          const groups = await Promise.all(
            (flags.securityGroup ?? []).map(async (g) => (await findGroup(driver, g)).id),
          );
          const created = await net.createPort({
            name,
            networkId: (await found(net.findNetwork(flags.network), 'network', flags.network)).id,
            fixedIps: ips.length === 0 ? undefined : ips,
            securityGroupIds: groups.length === 0 ? undefined : groups,
          });
          printRecord(io, format, record(created));
        });
      },
    );
}

function registerPortDelete(port: Command, io: CliIo): void {
  port
    .command('delete <ports...>')
    .description('delete ports (id or name)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const ref of refs)
          await driver.ext.network.deletePort(
            (await found(driver.ext.network.findPort(ref), 'port', ref)).id,
          );
      });
    });
}

/**
 * Registers `stratus port list|show|create|delete` (Neutron).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerPortCommands: RegisterCommandGroup = (program, io) => {
  const port = program.command('port').description('ports (Neutron)');
  registerPortList(port, io);
  registerPortCreate(port, io);
  registerPortDelete(port, io);
};
