import type { Command } from 'commander';
import type { Router } from '../../drivers/openstack/network/routers/types.ts';
import type { OpenStackNodeDriver } from '../../drivers/openstack/v1-1/driver.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { found } from '../found.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { withDriver } from './compute-common.ts';
import { subgroup } from './network.ts';

interface RouterRow {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly gateway: string;
}

const COLUMNS: readonly Column<RouterRow>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'status', header: 'Status' },
  { key: 'gateway', header: 'External Gateway' },
];

function gatewayText(r: Router): string {
  const g = r.externalGateway;
  if (g === undefined) return '';
  return `${g.networkId} (${g.externalFixedIps.map((ip) => ip.ipAddress).join(', ')})`;
}

function record(r: Router): Record<string, unknown> {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    admin_state_up: r.adminStateUp,
    external_gateway_info: gatewayText(r) || 'None',
    project_id: r.projectId,
    description: r.description,
  };
}

function registerRouterList(router: Command, io: CliIo): void {
  router
    .command('list')
    .description('list routers (every page)')
    .action(async (_flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const routers = await Array.fromAsync(driver.ext.network.listRouters());
        printList(
          io,
          format,
          COLUMNS,
          routers.map((r) => ({ ...r, gateway: gatewayText(r) })),
        );
      });
    });
  router
    .command('show <router>')
    .description('show one router (id or name) and its interfaces')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const r = await found(driver.ext.network.findRouter(ref), 'router', ref);
        const ports = await Array.fromAsync(driver.ext.network.listRouterInterfaces(r.id));
        const interfaces = ports.flatMap((p) =>
          p.fixedIps.map((ip) => `${ip.ipAddress} (subnet ${ip.subnetId})`),
        );
        printRecord(io, format, { ...record(r), interfaces_info: interfaces });
      });
    });
}

async function gatewayNetworkId(
  driver: OpenStackNodeDriver,
  ref: string | undefined,
): Promise<string | undefined> {
  return ref === undefined
    ? undefined
    : (await found(driver.ext.network.findNetwork(ref), 'network', ref)).id;
}

function registerRouterCreate(router: Command, io: CliIo): void {
  router
    .command('create <name>')
    .description('create a router')
    .option('--external-gateway <network>', 'set its gateway on this external network (id or name)')
    .action(async (name: string, flags: { readonly externalGateway?: string }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const net = driver.ext.network;
        const externalNetworkId = await gatewayNetworkId(driver, flags.externalGateway);
        printRecord(io, format, record(await net.createRouter({ name, externalNetworkId })));
      });
    });
}

function registerRouterChange(router: Command, io: CliIo): void {
  router
    .command('set <router>')
    .description('rename a router or set its external gateway')
    .option('--name <name>', 'a new name')
    .option('--external-gateway <network>', 'the external network (id or name)')
    .action(async (ref: string, flags: { name?: string; externalGateway?: string }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const net = driver.ext.network;
        const externalNetworkId = await gatewayNetworkId(driver, flags.externalGateway);
        await net.updateRouter((await found(net.findRouter(ref), 'router', ref)).id, {
          name: flags.name,
          externalNetworkId,
        });
      });
    });
  router
    .command('unset <router>')
    .description('clear a router’s external gateway')
    .requiredOption('--external-gateway', 'clear the external gateway')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const net = driver.ext.network;
        await net.updateRouter((await found(net.findRouter(ref), 'router', ref)).id, {
          externalNetworkId: null,
        });
      });
    });
}

function registerRouterSubnet(router: Command, io: CliIo): void {
  for (const verb of ['add', 'remove'] as const) {
    subgroup(router, verb, `${verb} subnets or ports ${verb === 'add' ? 'to' : 'from'} a router`)
      .command('subnet <router> <subnet>')
      .description(`${verb} a subnet ${verb === 'add' ? 'to' : 'from'} a router (an interface)`)
      .action(async (routerRef: string, subnetRef: string, _flags: unknown, command: Command) => {
        await withDriver(command, io, async (driver) => {
          const net = driver.ext.network;
          const id = (await found(net.findRouter(routerRef), 'router', routerRef)).id;
          const target = { subnetId: (await found(net.findSubnet(subnetRef), 'subnet', subnetRef)).id };
          await (verb === 'add' ? net.addRouterInterface(id, target) : net.removeRouterInterface(id, target));
        });
      });
  }
  router
    .command('delete <routers...>')
    .description('delete routers (id or name; remove their subnets first)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const ref of refs)
          await driver.ext.network.deleteRouter(
            (await found(driver.ext.network.findRouter(ref), 'router', ref)).id,
          );
      });
    });
}

/**
 * Registers `stratus router list|show|create|set|unset|add subnet|remove subnet|delete` (Neutron).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerRouterCommands: RegisterCommandGroup = (program, io) => {
  const router = program.command('router').description('routers (Neutron)');
  registerRouterList(router, io);
  registerRouterCreate(router, io);
  registerRouterChange(router, io);
  registerRouterSubnet(router, io);
};
