import type { Command } from 'commander';
import type { Server } from '../../drivers/openstack/compute/servers/types.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { findServerRef, withDriver } from './compute-common.ts';
import { progressWait } from './progress-wait.ts';
import { registerServerChangeCommands } from './server-change.ts';
import { registerServerCreate } from './server-create.ts';
import { addressMap, formatAddresses, serverRecord } from './server-record.ts';

interface ServerRow {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly networks: string | Record<string, string[]>;
  readonly image: string;
  readonly flavor: string;
}

const COLUMNS: readonly Column<ServerRow>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'status', header: 'Status' },
  { key: 'networks', header: 'Networks' },
  { key: 'image', header: 'Image' },
  { key: 'flavor', header: 'Flavor' },
];

function row(server: Server, json: boolean): ServerRow {
  return {
    id: server.id,
    name: server.name,
    status: server.status,
    networks: json ? addressMap(server) : formatAddresses(server),
    image: server.imageId ?? 'N/A (booted from volume)',
    flavor: server.flavor?.originalName ?? server.flavor?.id ?? '',
  };
}

interface ListOptions {
  readonly name?: string;
  readonly status?: string;
  readonly limit?: string;
}

function registerListShow(server: Command, io: CliIo): void {
  server
    .command('list')
    .description('list servers (every page)')
    .option('--name <regex>', 'filter by name (a regular expression, applied by Nova)')
    .option('--status <status>', 'filter by status, e.g. ACTIVE')
    .option('--limit <n>', 'page size (all pages are still read)')
    .action(async (options: ListOptions, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const pageSize = options.limit === undefined ? undefined : Number(options.limit);
        const servers = driver.ext.compute.listServers({
          name: options.name,
          status: options.status,
          pageSize,
        });
        const rows = (await Array.fromAsync(servers)).map((s) => row(s, format === 'json'));
        printList(io, format, COLUMNS, rows);
      });
    });
  server
    .command('show <server>')
    .description('show one server (id or name)')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        printRecord(io, format, serverRecord(await findServerRef(driver, ref)));
      });
    });
}

function registerConsoleLog(server: Command, io: CliIo): void {
  server
    .command('console-log <server>')
    .description("print the server's console log")
    .option('--lines <n>', 'only the last n lines')
    .action(async (ref: string, options: { readonly lines?: string }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const id = (await findServerRef(driver, ref)).id;
        const lines = options.lines === undefined ? undefined : Number(options.lines);
        const text = await driver.ext.compute.getConsoleOutput(id, lines);
        io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      });
    });
}

function registerDelete(server: Command, io: CliIo): void {
  server
    .command('delete <servers...>')
    .description('delete servers (ids or names)')
    .option('--wait', 'wait until they are gone')
    .action(async (refs: readonly string[], options: { readonly wait?: boolean }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const ref of refs) {
          const target = await findServerRef(driver, ref);
          await driver.destroyNode(target.id);
          if (options.wait) {
            const progress = progressWait<Server>(io, target.name);
            await driver.ext.compute.waitForServerStatus(target.id, ['DELETED'], progress.options);
            progress.done();
          }
        }
      });
    });
}

/**
 * Registers `stratus server list|show|create|delete|reboot|start|stop|lock|unlock|resize|rebuild|console-log`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerServerCommands: RegisterCommandGroup = (program, io) => {
  const server = program.command('server').description('compute servers (Nova)');
  registerListShow(server, io);
  registerConsoleLog(server, io);
  registerServerCreate(server, io);
  registerDelete(server, io);
  registerServerChangeCommands(server, io);
};
