import type { Command } from 'commander';
import { found } from '../../found.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { attach, record, type SetFlags } from './shared.ts';

/**
 * Registers `floating ip set`, `floating ip unset` and `floating ip delete`.
 *
 * @param fip - The `floating ip` command.
 * @param io - Environment and output streams.
 */
export function registerFloatingIpSet(fip: Command, io: CliIo): void {
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
