import type { Command } from 'commander';
import { found } from '../../found.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { record } from './shared.ts';

/**
 * Registers `floating ip create` (from an external network, optionally on a port).
 *
 * @param fip - The `floating ip` command.
 * @param io - Environment and output streams.
 */
export function registerFloatingIpCreate(fip: Command, io: CliIo): void {
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
