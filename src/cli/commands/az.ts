import type { Command } from 'commander';
import type { RegisterCommandGroup } from '../command-group.ts';
import { readGlobalOptions } from '../global-options.ts';
import { type Column, printList } from '../output.ts';
import { withDriver } from './compute-common.ts';

interface ZoneRow {
  readonly name: string;
  readonly state: string;
}

const COLUMNS: readonly Column<ZoneRow>[] = [
  { key: 'name', header: 'Zone Name' },
  { key: 'state', header: 'Zone Status' },
];

/**
 * Registers `stratus az list`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerAzCommands: RegisterCommandGroup = (program, io) => {
  const az = program.command('az').description('availability zones (compute)');
  az.command('list')
    .description('list compute availability zones')
    .action(async (_options: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const zones = await Array.fromAsync(driver.ext.compute.listAvailabilityZones());
        const rows = zones.map((z) => ({ name: z.name, state: z.available ? 'available' : 'not available' }));
        printList(io, format, COLUMNS, rows);
      });
    });
};
