import type { Command } from 'commander';
import { found } from '../../found.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printList, printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { COLUMNS, record } from './shared.ts';

/**
 * Registers `floating ip list` and `floating ip show` (address or id).
 *
 * @param fip - The `floating ip` command.
 * @param io - Environment and output streams.
 */
export function registerFloatingIpList(fip: Command, io: CliIo): void {
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
