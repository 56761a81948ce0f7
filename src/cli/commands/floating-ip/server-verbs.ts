import type { Command } from 'commander';
import { found } from '../../found.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { subgroup } from '../network.ts';
import { attach, record, type SetFlags } from './shared.ts';

/**
 * Registers `server add floating ip` and `server remove floating ip`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export function registerServerVerbs(program: Command, io: CliIo): void {
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
