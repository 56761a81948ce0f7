import type { Command } from 'commander';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printList } from '../../output.ts';
import { withDriver } from '../compute-common.ts';
import { subgroup } from '../network.ts';
import { findImage } from './shared.ts';

/**
 * Registers `image add|remove project` (share an image with a project, or stop) and `image member list`.
 *
 * @param image - The `image` command.
 * @param io - Environment and output streams.
 */
export function registerMembers(image: Command, io: CliIo): void {
  for (const verb of ['add', 'remove'] as const) {
    subgroup(image, verb, `${verb} image members`)
      .command('project <image> <project>')
      .description(`${verb === 'add' ? 'share an image with' : 'stop sharing an image with'} a project`)
      .action(async (ref: string, project: string, _flags: unknown, command: Command) => {
        await withDriver(command, io, async (driver) => {
          const id = (await findImage(driver, ref)).id;
          if (verb === 'add') await driver.ext.image.addImageMember(id, project);
          else await driver.ext.image.removeImageMember(id, project);
        });
      });
  }
  subgroup(image, 'member', 'image members')
    .command('list <image>')
    .description('list the projects an image is shared with')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const members = await driver.ext.image.listImageMembers((await findImage(driver, ref)).id);
        printList(
          io,
          format,
          [
            { key: 'memberId', header: 'Member' },
            { key: 'status', header: 'Status' },
          ],
          members,
        );
      });
    });
}
