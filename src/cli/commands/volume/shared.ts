// What the `volume` commands share: the printed row and record, the id-or-name lookup, `--wait`.
import type { Volume } from '../../../drivers/openstack/block-storage/volumes/types.ts';
import type { OpenStackNodeDriver } from '../../../drivers/openstack/v1-1/driver.ts';
import { found } from '../../found.ts';
import type { CliIo } from '../../io.ts';
import type { Column } from '../../output.ts';
import { progressWait } from '../progress-wait.ts';

/** A row of `volume list`. */
export interface VolumeRow {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly sizeGb: number;
  readonly attachedTo: string;
}

/** The columns of `volume list`. */
export const COLUMNS: readonly Column<VolumeRow>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'status', header: 'Status' },
  { key: 'sizeGb', header: 'Size' },
  { key: 'attachedTo', header: 'Attached to' },
];

/**
 * @param v - The volume.
 * @returns Its `volume list` row (attachments as `server on device`).
 */
export function row(v: Volume): VolumeRow {
  const attachedTo = v.attachments.map((a) => `${a.serverId} on ${a.device ?? '?'}`).join(', ');
  return { id: v.id, name: v.name, status: v.status, sizeGb: v.sizeGb, attachedTo };
}

/**
 * @param v - The volume.
 * @returns The record `volume show` (and `create`) prints.
 */
export function record(v: Volume): Record<string, unknown> {
  return {
    ...row(v),
    type: v.volumeType,
    availability_zone: v.availabilityZone,
    bootable: v.bootable,
    description: v.description,
    snapshot_id: v.snapshotId,
    source_volid: v.sourceVolumeId,
    properties: v.metadata,
    created_at: v.createdAt,
  };
}

/**
 * Finds a volume by id or name; it must exist.
 *
 * @param driver - The driver.
 * @param ref - An id or a name.
 * @returns The volume.
 */
export function findVolume(driver: OpenStackNodeDriver, ref: string): Promise<Volume> {
  return found(driver.ext.blockStorage.findVolume(ref), 'volume', ref);
}

/**
 * Waits for a volume status, with a progress line on stderr.
 *
 * @param io - Environment and output streams.
 * @param driver - The driver.
 * @param volume - The volume.
 * @param status - The status to wait for, e.g. `available`.
 * @returns The volume in that status.
 */
export async function waitFor(
  io: CliIo,
  driver: OpenStackNodeDriver,
  volume: Volume,
  status: string,
): Promise<Volume> {
  const wait = progressWait<Volume>(io, volume.name || volume.id);
  try {
    return await driver.ext.blockStorage.waitForVolumeStatus(volume.id, status, wait.options);
  } finally {
    wait.done();
  }
}
