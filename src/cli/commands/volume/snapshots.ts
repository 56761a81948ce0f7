import type { Command } from 'commander';
import type { Snapshot } from '../../../drivers/openstack/block-storage/snapshots/types.ts';
import { found } from '../../found.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { type Column, printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { addListCommand } from '../list-command.ts';
import { findVolume } from './shared.ts';

const SNAPSHOT_COLUMNS: readonly Column<Snapshot>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'status', header: 'Status' },
  { key: 'sizeGb', header: 'Size' },
  { key: 'volumeId', header: 'Volume' },
];

function registerSnapshotReads(snapshot: Command, io: CliIo): void {
  addListCommand(snapshot, io, {
    description: 'list snapshots (every page)',
    columns: SNAPSHOT_COLUMNS,
    rows: (driver) => driver.ext.blockStorage.listSnapshots(),
  });
  snapshot
    .command('show <snapshot>')
    .description('show one snapshot (id or name)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        printRecord(io, format, {
          ...(await found(driver.ext.blockStorage.findSnapshot(ref), 'snapshot', ref)),
        });
      });
    });
}

/**
 * Registers `volume snapshot list|show|create|delete`.
 *
 * @param volume - The `volume` command.
 * @param io - Environment and output streams.
 */
export function registerSnapshots(volume: Command, io: CliIo): void {
  const snapshot = volume.command('snapshot').description('volume snapshots');
  registerSnapshotReads(snapshot, io);
  snapshot
    .command('create <name>')
    .description('snapshot a volume')
    .requiredOption('--volume <volume>', 'the volume (id or name)')
    .option('--force', 'snapshot it even while attached')
    .action(async (name: string, flags: { volume: string; force?: boolean }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const bs = driver.ext.blockStorage;
        const volumeId = (await findVolume(driver, flags.volume)).id;
        printRecord(io, format, { ...(await bs.createSnapshot({ volumeId, name, force: flags.force })) });
      });
    });
  snapshot
    .command('delete <snapshots...>')
    .description('delete snapshots (id or name)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const bs = driver.ext.blockStorage;
        for (const ref of refs)
          await bs.deleteSnapshot((await found(bs.findSnapshot(ref), 'snapshot', ref)).id);
      });
    });
}
