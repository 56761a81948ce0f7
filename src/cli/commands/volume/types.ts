import type { Command } from 'commander';
import type { CliIo } from '../../io.ts';
import { addListCommand } from '../list-command.ts';

/**
 * Registers `volume type list`.
 *
 * @param volume - The `volume` command.
 * @param io - Environment and output streams.
 */
export function registerVolumeType(volume: Command, io: CliIo): void {
  addListCommand(volume.command('type').description('volume types'), io, {
    description: 'list volume types',
    columns: [
      { key: 'id', header: 'ID' },
      { key: 'name', header: 'Name' },
    ],
    rows: (driver) => driver.ext.blockStorage.listVolumeTypes(),
  });
}
