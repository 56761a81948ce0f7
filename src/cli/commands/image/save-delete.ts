import type { Command } from 'commander';
import type { CliIo } from '../../io.ts';
import { withDriver } from '../compute-common.ts';
import { findImage, progress } from './shared.ts';

/**
 * Registers `image save`: the data streamed to `--file`, checked against its MD5.
 *
 * @param image - The `image` command.
 * @param io - Environment and output streams.
 */
export function registerImageSave(image: Command, io: CliIo): void {
  image
    .command('save <image>')
    .description('download an image’s data to --file as a stream, checked against its MD5')
    .requiredOption('--file <file>', 'where to write it')
    .action(async (ref: string, flags: { readonly file: string }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const id = (await findImage(driver, ref)).id;
        await driver.ext.image.saveImageData(id, flags.file, { onProgress: progress(io, 'downloaded') });
      });
    });
}

/**
 * Registers `image delete` (ids or names).
 *
 * @param image - The `image` command.
 * @param io - Environment and output streams.
 */
export function registerImageDelete(image: Command, io: CliIo): void {
  image
    .command('delete <images...>')
    .description('delete images (id or name)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const ref of refs) await driver.ext.image.deleteImage((await findImage(driver, ref)).id);
      });
    });
}
