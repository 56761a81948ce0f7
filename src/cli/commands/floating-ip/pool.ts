import type { Command } from 'commander';
import type { CliIo } from '../../io.ts';
import { addListCommand } from '../list-command.ts';

/**
 * Registers `floating ip pool list` (the external networks).
 *
 * @param fip - The `floating ip` command.
 * @param io - Environment and output streams.
 */
export function registerFloatingIpPool(fip: Command, io: CliIo): void {
  addListCommand(fip.command('pool').description('floating IP pools'), io, {
    description: 'list the pools (the external networks)',
    columns: [{ key: 'name', header: 'Name' }],
    rows: (driver) => driver.ext.floatingIps.listPools(),
  });
}
