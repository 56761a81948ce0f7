import type { Command } from 'commander';
import type { Image, ImageVisibility } from '../../drivers/openstack/image/images/types.ts';
import type { ImageMemberStatus } from '../../drivers/openstack/image/members/types.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { keyValues, repeat, withDriver } from './compute-common.ts';
import { subgroup, wholeNumber } from './network.ts';

const COLUMNS: readonly Column<Image>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'status', header: 'Status' },
];

type Driver = Parameters<Parameters<typeof withDriver>[2]>[0];

function record(i: Image): Record<string, unknown> {
  return {
    id: i.id,
    name: i.name,
    status: i.status,
    visibility: i.visibility,
    disk_format: i.diskFormat,
    container_format: i.containerFormat,
    size: i.sizeBytes,
    checksum: i.checksum,
    min_disk: i.minDiskGb,
    min_ram: i.minRamMb,
    protected: i.protected,
    tags: i.tags,
    owner: i.owner,
    properties: i.properties,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
  };
}

async function findImage(driver: Driver, ref: string): Promise<Image> {
  if (/^[0-9a-f-]{32,36}$/i.test(ref)) return driver.ext.image.getImage(ref);
  const found = await driver.ext.image.findImagesByName(ref);
  const [only, second] = found;
  if (only === undefined)
    throw new ConfigurationError(`No image named '${ref}': check \`stratus image list\``);
  if (second !== undefined)
    throw new ConfigurationError(`${found.length} images are named '${ref}': pass the id`);
  return only;
}

interface VisibilityFlags {
  readonly public?: boolean;
  readonly private?: boolean;
  readonly shared?: boolean;
  readonly community?: boolean;
}

function visibility(flags: VisibilityFlags): ImageVisibility | undefined {
  const chosen = (['public', 'private', 'shared', 'community'] as const).filter((v) => flags[v]);
  if (chosen.length > 1) throw new ConfigurationError(`Pick one of --${chosen.join(', --')}`);
  return chosen[0];
}

/** Prints upload or download progress on stderr: a rewritten line on a terminal, every 10 % otherwise. */
function progress(io: CliIo, verb: string): (p: { bytes: number; totalBytes: number | undefined }) => void {
  const tty = Reflect.get(io.stderr, 'isTTY') === true;
  let shown = -1;
  return (p) => {
    const percent = p.totalBytes ? Math.floor((p.bytes * 100) / p.totalBytes) : 0;
    const step = tty ? percent : Math.floor(percent / 10) * 10;
    if (step === shown && p.bytes !== p.totalBytes) return;
    shown = step;
    const of = p.totalBytes ? ` of ${p.totalBytes} bytes (${percent}%)` : ' bytes';
    io.stderr.write(`${tty ? '\r' : ''}${verb} ${p.bytes}${of}${tty ? '' : '\n'}`);
    if (tty && p.bytes === p.totalBytes) io.stderr.write('\n');
  };
}

interface CreateFlags extends VisibilityFlags {
  readonly file?: string;
  readonly diskFormat?: string;
  readonly containerFormat?: string;
  readonly property?: string[];
  readonly tag?: string[];
  readonly minDisk?: string;
  readonly minRam?: string;
}

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
  const chosen = (['accept', 'reject', 'pending'] as const).filter((v) => flags[v]);
  if (chosen.length > 1) throw new ConfigurationError(`Pick one of --${chosen.join(', --')}`);
  const map = { accept: 'accepted', reject: 'rejected', pending: 'pending' } as const;
  return chosen[0] === undefined ? undefined : map[chosen[0]];
}

async function memberProject(driver: Driver, flags: SetFlags): Promise<string> {
  if (flags.project !== undefined) return flags.project;
  const info = await driver.session.authenticate();
  if (info.scope.kind === 'project' && info.scope.project.id !== undefined) return info.scope.project.id;
  throw new ConfigurationError('The token is not scoped to a project: pass `--project <project id>`');
}

function registerMembers(image: Command, io: CliIo): void {
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

function registerImageList(image: Command, io: CliIo): void {
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

function registerImageCreate(image: Command, io: CliIo): void {
  image
    .command('create <name>')
    .description('create an image; with --file, upload it as a stream with progress')
    .option('--file <file>', 'the image data')
    .option('--disk-format <format>', 'raw, qcow2, …', 'raw')
    .option('--container-format <format>', 'bare, ovf, …', 'bare')
    .option('--public', 'visible to every project')
    .option('--private', 'visible to the owner only')
    .option('--shared', 'visible to members')
    .option('--community', 'visible to every project, not listed by default')
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

function registerImageSave(image: Command, io: CliIo): void {
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

function registerImageSet(image: Command, io: CliIo): void {
  image
    .command('set <image>')
    .description('change name, visibility, tags, properties; --deactivate / --activate')
    .option('--name <name>', 'a new name')
    .option('--public', 'visible to every project')
    .option('--private', 'visible to the owner only')
    .option('--shared', 'visible to members')
    .option('--community', 'visible to every project, not listed by default')
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

function registerImageDelete(image: Command, io: CliIo): void {
  image
    .command('delete <images...>')
    .description('delete images (id or name)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const ref of refs) await driver.ext.image.deleteImage((await findImage(driver, ref)).id);
      });
    });
}

/**
 * Registers `stratus image list|show|create|save|set|delete` and `image add|remove project`, `image member
 * list` (Glance); `image create --file` streams the file and shows upload progress.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerImageCommands: RegisterCommandGroup = (program, io) => {
  const image = program.command('image').description('images (Glance)');
  registerImageList(image, io);
  registerImageCreate(image, io);
  registerImageSave(image, io);
  registerImageSet(image, io);
  registerImageDelete(image, io);
  registerMembers(image, io);
};
