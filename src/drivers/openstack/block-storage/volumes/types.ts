import type { WaitOptions } from '../../../../compute/waiters.ts';

/** Cinder volume statuses the library acts on. */
export const VolumeStatus = {
  CREATING: 'creating',
  AVAILABLE: 'available',
  ATTACHING: 'attaching',
  IN_USE: 'in-use',
  DETACHING: 'detaching',
  EXTENDING: 'extending',
  DELETING: 'deleting',
  ERROR: 'error',
  ERROR_DELETING: 'error_deleting',
  ERROR_EXTENDING: 'error_extending',
} as const;

/** One of {@link "drivers/openstack/block-storage"!VolumeStatus}, or another status Cinder reports. */
export type VolumeStatus = (typeof VolumeStatus)[keyof typeof VolumeStatus] | (string & {});

/** One attachment of a volume to a server, as Cinder reports it. */
export interface VolumeAttachmentInfo {
  /** The server. */
  readonly serverId: string;
  /** The attachment id. */
  readonly attachmentId: string | undefined;
  /** The device path in the guest, e.g. `/dev/vdb`. */
  readonly device: string | undefined;
}

/** A Cinder volume. */
export interface Volume {
  /** The volume UUID. */
  readonly id: string;
  /** The name (may be empty). */
  readonly name: string;
  /** The status, e.g. `available`. */
  readonly status: VolumeStatus;
  /** The size in GiB. */
  readonly sizeGb: number;
  /** The volume type's name. */
  readonly volumeType: string | undefined;
  /** The availability zone. */
  readonly availabilityZone: string | undefined;
  /** Whether it can boot a server. */
  readonly bootable: boolean;
  /** Whether it may attach to several servers. */
  readonly multiattach: boolean;
  /** The description. */
  readonly description: string | undefined;
  /** The snapshot it was made from. */
  readonly snapshotId: string | undefined;
  /** The volume it was cloned from. */
  readonly sourceVolumeId: string | undefined;
  /** The servers it is attached to. */
  readonly attachments: readonly VolumeAttachmentInfo[];
  /** Free-form metadata. */
  readonly metadata: Readonly<Record<string, string>>;
  /** ISO 8601 creation time. */
  readonly createdAt: string;
}

/** Filters and page size for {@link "drivers/openstack/block-storage"!listVolumes}. */
export interface ListVolumesOptions {
  /** Exact name. */
  readonly name?: string | undefined;
  /** Status filter. */
  readonly status?: VolumeStatus | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** Where a new volume's content comes from; `size` alone gives an empty volume. */
export type VolumeSource =
  | { readonly kind: 'empty' }
  | { readonly kind: 'image'; readonly imageId: string }
  | { readonly kind: 'snapshot'; readonly snapshotId: string }
  | { readonly kind: 'volume'; readonly volumeId: string };

/** What {@link "drivers/openstack/block-storage"!createVolume} sends. */
export interface CreateVolumeOptions {
  /** Size in GiB; may be omitted for snapshot and volume sources (the source's size is used). */
  readonly sizeGb?: number | undefined;
  /** The name. */
  readonly name?: string | undefined;
  /** @defaultValue `{ kind: 'empty' }` */
  readonly source?: VolumeSource | undefined;
  /** The volume type's name or id. */
  readonly volumeType?: string | undefined;
  /** The availability zone. */
  readonly availabilityZone?: string | undefined;
  /** A description. */
  readonly description?: string | undefined;
  /** Free-form metadata. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
}

/** What {@link "drivers/openstack/block-storage"!updateVolume} changes. */
export interface UpdateVolumeOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** A new description. */
  readonly description?: string | undefined;
  /** Replaces the metadata. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
}

/** Options of the volume waiters. */
export type VolumeWaitOptions = WaitOptions<Volume>;
