import type { Command } from 'commander';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printList, printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { repeat } from '../flag-values.ts';
import { COLUMNS, findImage, record } from './shared.ts';

/**
 * Registers `image list` (Glance filters) and `image show` (id or name).
 *
 * @param image - The `image` command.
 * @param io - Environment and output streams.
 */
export function registerImageList(image: Command, io: CliIo): void {
  image
    .command('list')
    .description('list images (every page)')
    .option('--name <name>', 'only images with this name')
    .option('--status <status>', 'only images in this status')
    .option('--tag <tag>', 'only images with this tag (repeatable)', repeat)
    .action(async (flags: { name?: string; status?: string; tag?: string[] }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const images = driver.ext.image.listImages({
          name: flags.name,
          status: flags.status,
          tags: flags.tag,
        });
        printList(io, format, COLUMNS, await Array.fromAsync(images));
      });
    });
  image
    .command('show <image>')
    .description('show one image (id or name)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) =>
        printRecord(io, format, record(await findImage(driver, ref))),
      );
    });
}
