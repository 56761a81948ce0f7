import type { VolumeState } from '../node-state.ts';

/**
 * A block-storage volume as plain readonly data.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface StorageVolume<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** Size in GB. */
  readonly sizeGb: number;
  /** The portable state. */
  readonly state: VolumeState;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** A volume or its id. */
export type VolumeRef = StorageVolume<unknown> | string;

/** The portable arguments of `createVolume`. */
export interface CreateVolumeOptions {
  /** Size in GB. */
  readonly sizeGb: number;
  /** The display name. */
  readonly name: string;
  /** Where to create it (an availability zone), or its id. */
  readonly location?: { readonly id: string } | string | undefined;
  /** An image to copy onto the volume (makes it bootable), or its id. */
  readonly image?: { readonly id: string } | string | undefined;
}

/** Options of `attachVolume`. */
export interface AttachVolumeOptions {
  /** The device name hint, e.g. `/dev/vdb`; most clouds choose their own. */
  readonly device?: string | undefined;
}
