import type { Command } from 'commander';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { keyValues, repeat } from '../flag-values.ts';
import { wholeNumber } from '../network.ts';
import { progress, record, type VisibilityFlags, visibility, visibilityOptions } from './shared.ts';

/** The flags of `image create` (`image set` takes most of them too). */
export interface CreateFlags extends VisibilityFlags {
  readonly file?: string;
  readonly diskFormat?: string;
  readonly containerFormat?: string;
  readonly property?: string[];
  readonly tag?: string[];
  readonly minDisk?: string;
  readonly minRam?: string;
}

/**
 * Registers `image create`; with `--file`, the data is uploaded as a stream with progress.
 *
 * @param image - The `image` command.
 * @param io - Environment and output streams.
 */
export function registerImageCreate(image: Command, io: CliIo): void {
  const create = image
    .command('create <name>')
    .description('create an image; with --file, upload it as a stream with progress')
    .option('--file <file>', 'the image data')
    .option('--disk-format <format>', 'raw, qcow2, …', 'raw')
    .option('--container-format <format>', 'bare, ovf, …', 'bare');
  visibilityOptions(create)
    .option('--property <key=value>', 'a custom property (repeatable)', repeat)
    .option('--tag <tag>', 'a tag (repeatable)', repeat)
    .option('--min-disk <GiB>', 'minimum disk')
    .option('--min-ram <MiB>', 'minimum RAM')
    .action(async (name: string, flags: CreateFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const options = {
          name,
          diskFormat: flags.diskFormat,
          containerFormat: flags.containerFormat,
          visibility: visibility(flags),
          properties: keyValues(flags.property, '--property'),
          tags: flags.tag,
          minDiskGb: wholeNumber(flags.minDisk, '--min-disk'),
          minRamMb: wholeNumber(flags.minRam, '--min-ram'),
        };
        const created =
          flags.file === undefined
            ? await driver.ext.image.createImage(options)
            : await driver.ext.image.createImageWithData(options, flags.file, {
                onProgress: progress(io, 'uploaded'),
              });
        printRecord(io, format, record(created));
      });
    });
}
