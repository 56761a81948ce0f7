import { Capability } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import type { WaitControl } from '../types.ts';
import { createFailed } from './cleanup.ts';
import { diskSizeGb } from './disk-size.ts';
import { waitVolume } from './disk-wait.ts';

/** The arguments of `createDisk` (BOSH `create_disk`). */
export interface CreateDiskOptions extends WaitControl {
  /** The size in MiB (at least 1024; rounded up to whole GiB). */
  readonly sizeMiB: number;
  /** The disk name. @defaultValue `stratus-disk-<time>` */
  readonly name?: string | undefined;
  /** A volume type. */
  readonly type?: string | undefined;
  /** Put the disk in this VM's zone. */
  readonly vmId?: string | undefined;
  /** The availability zone (when no VM is given). */
  readonly availabilityZone?: string | undefined;
  /** Metadata. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
}

async function zoneOf(ctx: FacadeContext, options: CreateDiskOptions): Promise<string | undefined> {
  if (options.vmId === undefined) return options.availabilityZone;
  const node = await ctx.driver.getNode(options.vmId, options.signal);
  const extra = node?.extra;
  if (typeof extra !== 'object' || extra === null) return options.availabilityZone;
  const zone: unknown = Reflect.get(extra, 'availabilityZone');
  return typeof zone === 'string' && zone !== '' ? zone : options.availabilityZone;
}

/**
 * BOSH `create_disk`: a volume of `sizeMiB` rounded up to GiB (at least 1024 MiB), waited on until available.
 * A failure removes the volume before it throws.
 *
 * @param ctx - The facade context.
 * @param options - Size, name, type, VM locality, deadline and signal.
 * @returns The disk (volume) id: the BOSH disk CID.
 * @throws {@link DiskSizeError} below 1024 MiB, before any request.
 * @throws {@link FacadeOperationError} with `failureCode` and `retrySafe` when the volume fails.
 */
export async function createDisk(
  ctx: FacadeContext,
  options: CreateDiskOptions,
): Promise<{ readonly diskId: string }> {
  const sizeGb = diskSizeGb(options.sizeMiB);
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'createDisk').blockStorage;
  const name = options.name ?? `stratus-disk-${Date.now()}`;
  let diskId: string | undefined;
  try {
    const zone = await zoneOf(ctx, options);
    const volume = await bs.createVolume(
      { name, sizeGb, zone, volumeType: options.type, metadata: options.metadata },
      options.signal,
    );
    diskId = volume.id;
    const id = volume.id;
    await waitVolume(ctx, bs, id, 'available', options);
    return { diskId: id };
  } catch (error) {
    const left = diskId === undefined ? [] : await removeDisk(ctx, diskId);
    throw createFailed(`disk ${name}`, error, left);
  }
}

async function removeDisk(ctx: FacadeContext, id: string): Promise<string[]> {
  const bs = need(ctx.driver, Capability.BLOCK_STORAGE, 'createDisk').blockStorage;
  try {
    if ((await bs.getVolume(id)) !== undefined) await bs.deleteVolume(id);
    await waitVolume(ctx, bs, id, 'gone', { timeoutMs: 120_000 });
    return [];
  } catch {
    return [id];
  }
}
