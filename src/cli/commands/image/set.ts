import type { Command } from 'commander';
import type { ImageMemberStatus } from '../../../drivers/openstack/image/members/types.ts';
import type { OpenStackNodeDriver } from '../../../drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import type { CliIo } from '../../io.ts';
import { withDriver } from '../compute-common.ts';
import { keyValues, repeat } from '../flag-values.ts';
import type { CreateFlags } from './create.ts';
import { findImage, oneOf, visibility, visibilityOptions } from './shared.ts';

/** The flags of `image set`. */
interface SetFlags extends CreateFlags {
  readonly name?: string;
  readonly deactivate?: boolean;
  readonly activate?: boolean;
  readonly accept?: boolean;
  readonly reject?: boolean;
  readonly pending?: boolean;
  readonly project?: string;
}

function membership(flags: SetFlags): ImageMemberStatus | undefined {
  const chosen = oneOf(flags, ['accept', 'reject', 'pending']);
  const map = { accept: 'accepted', reject: 'rejected', pending: 'pending' } as const;
  return chosen === undefined ? undefined : map[chosen];
}

async function memberProject(driver: OpenStackNodeDriver, flags: SetFlags): Promise<string> {
  if (flags.project !== undefined) return flags.project;
  const info = await driver.session.authenticate();
  if (info.scope.kind === 'project' && info.scope.project.id !== undefined) return info.scope.project.id;
  throw new ConfigurationError('The token is not scoped to a project: pass `--project <project id>`');
}

/**
 * Registers `image set`: name, visibility, tags, properties, (de)activation and membership status.
 *
 * @param image - The `image` command.
 * @param io - Environment and output streams.
 */
export function registerImageSet(image: Command, io: CliIo): void {
  const set = image
    .command('set <image>')
    .description('change name, visibility, tags, properties; --deactivate / --activate')
    .option('--name <name>', 'a new name');
  visibilityOptions(set)
    .option('--property <key=value>', 'set a custom property (repeatable)', repeat)
    .option('--tag <tag>', 'replace the tags (repeatable)', repeat)
    .option('--deactivate', 'deactivate the image')
    .option('--activate', 'reactivate the image')
    .option('--accept', 'accept an image shared with your project (or --project)')
    .option('--reject', 'reject an image shared with your project (or --project)')
    .option('--pending', 'reset the membership to pending')
    .option('--project <project>', 'the member project for --accept/--reject/--pending')
    .action(async (ref: string, flags: SetFlags, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const glance = driver.ext.image;
        const id = (await findImage(driver, ref)).id;
        const properties = keyValues(flags.property, '--property');
        const vis = visibility(flags);
        if (flags.name ?? vis ?? properties ?? flags.tag) {
          await glance.updateImage(id, { name: flags.name, visibility: vis, properties, tags: flags.tag });
        }
        if (flags.deactivate) await glance.deactivateImage(id);
        if (flags.activate) await glance.reactivateImage(id);
        const status = membership(flags);
        if (status !== undefined)
          await glance.updateImageMember(id, await memberProject(driver, flags), status);
      });
    });
}
