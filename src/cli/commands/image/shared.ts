// What the `image` commands share: the printed record, the id-or-name lookup, visibility flags, progress.
import type { Command } from 'commander';
import type { Image, ImageVisibility } from '../../../drivers/openstack/image/images/types.ts';
import type { OpenStackNodeDriver } from '../../../drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import type { CliIo } from '../../io.ts';
import type { Column } from '../../output.ts';

/** The columns of `image list`. */
export const COLUMNS: readonly Column<Image>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'status', header: 'Status' },
];

/**
 * The record `image show` (and `create`) prints.
 *
 * @param i - The image.
 * @returns Its fields in display order, named as the `openstack` CLI names them.
 */
export function record(i: Image): Record<string, unknown> {
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

/**
 * Finds an image by id, else by exact name.
 *
 * @param driver - The driver.
 * @param ref - An id or a name.
 * @returns The image.
 * @throws {@link ConfigurationError} when no image or several images have that name.
 */
export async function findImage(driver: OpenStackNodeDriver, ref: string): Promise<Image> {
  if (/^[0-9a-f-]{32,36}$/i.test(ref)) return driver.ext.image.getImage(ref);
  const found = await driver.ext.image.findImagesByName(ref);
  const [only, second] = found;
  if (only === undefined)
    throw new ConfigurationError(`No image named '${ref}': check \`stratus image list\``);
  if (second !== undefined)
    throw new ConfigurationError(`${found.length} images are named '${ref}': pass the id`);
  return only;
}

/** The visibility flags of `image create` and `image set`. */
export interface VisibilityFlags {
  readonly public?: boolean;
  readonly private?: boolean;
  readonly shared?: boolean;
  readonly community?: boolean;
}

/**
 * @param flags - The parsed flags.
 * @returns The one visibility chosen, if any.
 * @throws {@link ConfigurationError} when more than one is given.
 */
export function visibility(flags: VisibilityFlags): ImageVisibility | undefined {
  return oneOf(flags, ['public', 'private', 'shared', 'community']);
}

/**
 * The one flag set among mutually exclusive ones.
 *
 * @param flags - The parsed flags.
 * @param names - The exclusive flags.
 * @returns The name of the one that is set, if any.
 * @throws {@link ConfigurationError} when more than one is set.
 */
export function oneOf<K extends string>(
  flags: { readonly [key in K]?: boolean | undefined },
  names: readonly K[],
): K | undefined {
  const chosen = names.filter((name) => flags[name]);
  if (chosen.length > 1) throw new ConfigurationError(`Pick one of --${chosen.join(', --')}`);
  return chosen[0];
}

/**
 * Adds `--public`, `--private`, `--shared` and `--community` (read back with {@link visibility}).
 *
 * @param command - The command.
 * @returns The command.
 */
export function visibilityOptions(command: Command): Command {
  return command
    .option('--public', 'visible to every project')
    .option('--private', 'visible to the owner only')
    .option('--shared', 'visible to members')
    .option('--community', 'visible to every project, not listed by default');
}

/**
 * Prints upload or download progress on stderr: a rewritten line on a terminal, every 10 % otherwise.
 *
 * @param io - Where to write (stderr).
 * @param verb - `uploaded` or `downloaded`.
 * @returns The `onProgress` callback.
 */
export function progress(
  io: CliIo,
  verb: string,
): (p: { bytes: number; totalBytes: number | undefined }) => void {
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
