import type { VolumeState } from '../node-state.ts';

/** Where a volume is attached. */
export interface VolumeAttachmentInfo {
  /** The node it is attached to. */
  readonly nodeId: string;
  /** The device path the provider reports, e.g. `/dev/vdb`. */
  readonly device: string | undefined;
}

/**
 * A block-storage volume with its attachments and metadata.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface BlockVolume<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** Size in GiB. */
  readonly sizeGb: number;
  /** The portable state. */
  readonly state: VolumeState;
  /** The provider's own status, e.g. `error_extending`. */
  readonly status: string;
  /** The availability zone. */
  readonly zone: string | undefined;
  /** Where it is attached. */
  readonly attachments: readonly VolumeAttachmentInfo[];
  /** Key/value metadata (ownership marks). */
  readonly metadata: Readonly<Record<string, string>>;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/**
 * A point-in-time copy of a volume.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface VolumeSnapshot<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** The volume it copies. */
  readonly volumeId: string;
  /** Size in GiB. */
  readonly sizeGb: number;
  /** The portable state: `creating`, `available` (ready to use), `deleting`, `error` or `unknown`. */
  readonly state: VolumeState;
  /** The provider's own status, e.g. Cinder's `available`, EC2's `completed`. */
  readonly status: string;
  /** Key/value metadata. */
  readonly metadata: Readonly<Record<string, string>>;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** The portable arguments of `createVolume` in {@link BlockStorageService}. */
export interface CreateBlockVolumeOptions {
  /** The display name. */
  readonly name: string;
  /** Size in GiB. */
  readonly sizeGb: number;
  /** The availability zone. */
  readonly zone?: string | undefined;
  /** A volume type. */
  readonly volumeType?: string | undefined;
  /** Key/value metadata. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
  /** A description. */
  readonly description?: string | undefined;
}

/** The portable arguments of `createSnapshot`. */
export interface CreateVolumeSnapshotOptions {
  /** The volume to copy. */
  readonly volumeId: string;
  /** The display name. */
  readonly name: string;
  /** A description. */
  readonly description?: string | undefined;
  /** Snapshot an attached volume. @defaultValue `false` */
  readonly force?: boolean | undefined;
}

/** What `attachVolume` made. */
export interface VolumeAttachmentResult {
  /** The node. */
  readonly nodeId: string;
  /** The volume. */
  readonly volumeId: string;
  /** The device path the provider reports, e.g. `/dev/vdb`. */
  readonly device: string | undefined;
}
