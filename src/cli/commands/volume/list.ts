import type { Command } from 'commander';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printList, printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { COLUMNS, findVolume, record, row } from './shared.ts';

/**
 * Registers `volume list` and `volume show` (id or name).
 *
 * @param volume - The `volume` command.
 * @param io - Environment and output streams.
 */
export function registerVolumeList(volume: Command, io: CliIo): void {
  volume
    .command('list')
    .description('list volumes (every page)')
    .action(async (_flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const volumes = await Array.fromAsync(driver.ext.blockStorage.listVolumes());
        printList(io, format, COLUMNS, volumes.map(row));
      });
    });
  volume
    .command('show <volume>')
    .description('show one volume (id or name)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) =>
        printRecord(io, format, record(await findVolume(driver, ref))),
      );
    });
}
