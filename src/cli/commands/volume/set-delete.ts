import type { Command } from 'commander';
import type { CliIo } from '../../io.ts';
import { withDriver } from '../compute-common.ts';
import { wholeNumber } from '../network.ts';
import { progressWait } from '../progress-wait.ts';
import { findVolume } from './shared.ts';

/**
 * Registers `volume set`: rename, or extend (`--size`).
 *
 * @param volume - The `volume` command.
 * @param io - Environment and output streams.
 */
export function registerVolumeSet(volume: Command, io: CliIo): void {
  volume
    .command('set <volume>')
    .description('rename a volume or grow it (--size)')
    .option('--name <name>', 'a new name')
    .option('--size <GiB>', 'extend to this size')
    .action(async (ref: string, flags: { name?: string; size?: string }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const bs = driver.ext.blockStorage;
        const id = (await findVolume(driver, ref)).id;
        if (flags.name !== undefined) await bs.updateVolume(id, { name: flags.name });
        const size = wholeNumber(flags.size, '--size');
        if (size !== undefined) await bs.extendVolume(id, size);
      });
    });
}

/**
 * Registers `volume delete` (ids or names), with `--purge` for the snapshots and `--wait`.
 *
 * @param volume - The `volume` command.
 * @param io - Environment and output streams.
 */
export function registerVolumeDelete(volume: Command, io: CliIo): void {
  volume
    .command('delete <volumes...>')
    .description('delete volumes (id or name)')
    .option('--purge', 'also delete their snapshots')
    .option('--wait', 'wait until they are gone')
    .action(async (refs: readonly string[], flags: { purge?: boolean; wait?: boolean }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const bs = driver.ext.blockStorage;
        for (const ref of refs) {
          const id = (await findVolume(driver, ref)).id;
          await bs.deleteVolume(id, { cascade: flags.purge });
          if (flags.wait) await bs.waitForVolumeDeleted(id, progressWait(io, ref).options);
        }
      });
    });
}
