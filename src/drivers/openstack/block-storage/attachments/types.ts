import type { WaitOptions } from '../../../../compute/waiters.ts';
import type { Volume } from '../volumes/types.ts';

/** A volume attached to a server, as Nova reports it. */
export interface VolumeAttachment {
  /** The attachment id (Nova uses the volume id). */
  readonly id: string;
  /** The server. */
  readonly serverId: string;
  /** The volume. */
  readonly volumeId: string;
  /** The device in the guest, e.g. `/dev/vdb`. */
  readonly device: string | undefined;
}

/** Options of {@link "drivers/openstack/block-storage"!attachVolume}. */
export interface AttachVolumeOptions {
  /** Ask for a device name (hypervisors often ignore it). */
  readonly device?: string | undefined;
  /** Wait until Cinder reports `in-use` (or, for detach, `available`). @defaultValue `true` */
  readonly wait?: boolean | undefined;
  /** How to wait. */
  readonly waitOptions?: WaitOptions<Volume> | undefined;
}
