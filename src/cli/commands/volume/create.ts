import type { Command } from 'commander';
import type { VolumeSource } from '../../../drivers/openstack/block-storage/volumes/types.ts';
import type { OpenStackNodeDriver } from '../../../drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import { found } from '../../found.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printRecord } from '../../output.ts';
import { findImageId, withDriver } from '../compute-common.ts';
import { wholeNumber } from '../network.ts';
import { findVolume, record, waitFor } from './shared.ts';

/** The flags of `volume create`. */
interface CreateFlags {
  readonly size?: string;
  readonly image?: string;
  readonly snapshot?: string;
  readonly source?: string;
  readonly type?: string;
  readonly availabilityZone?: string;
  readonly description?: string;
  readonly wait?: boolean;
}

async function source(driver: OpenStackNodeDriver, flags: CreateFlags): Promise<VolumeSource | undefined> {
  const given = [flags.image, flags.snapshot, flags.source].filter((s) => s !== undefined);
  if (given.length > 1) throw new ConfigurationError('Pass only one of --image, --snapshot, --source');
  const bs = driver.ext.blockStorage;
  if (flags.image !== undefined) return { kind: 'image', imageId: await findImageId(driver, flags.image) };
  if (flags.snapshot !== undefined)
    return {
      kind: 'snapshot',
      snapshotId: (await found(bs.findSnapshot(flags.snapshot), 'snapshot', flags.snapshot)).id,
    };
  if (flags.source !== undefined)
    return {
      kind: 'volume',
      volumeId: (await findVolume(driver, flags.source)).id,
    };
  return undefined;
}

/**
 * Registers `volume create`: empty, or from an image, a snapshot or another volume.
 *
 * @param volume - The `volume` command.
 * @param io - Environment and output streams.
 */
export function registerVolumeCreate(volume: Command, io: CliIo): void {
  volume
    .command('create <name>')
    .description('create a volume: empty (--size), or from --image, --snapshot or --source')
    .option('--size <GiB>', 'the size in GiB')
    .option('--image <image>', 'copy this image (id or name)')
    .option('--snapshot <snapshot>', 'restore this snapshot (id or name)')
    .option('--source <volume>', 'clone this volume (id or name)')
    .option('--type <type>', 'the volume type')
    .option('--availability-zone <zone>', 'the availability zone')
    .option('--description <text>', 'a description')
    .option('--wait', 'wait until it is available, with progress')
    .action(async (name: string, flags: CreateFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        let created = await driver.ext.blockStorage.createVolume({
          name,
          sizeGb: wholeNumber(flags.size, '--size'),
          source: await source(driver, flags),
          volumeType: flags.type,
          availabilityZone: flags.availabilityZone,
          description: flags.description,
        });
        if (flags.wait) created = await waitFor(io, driver, created, 'available');
        printRecord(io, format, record(created));
      });
    });
}
