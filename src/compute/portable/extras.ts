import type { Collection, PortHealth, PortObject } from './resources.ts';

export type { PortHealth };

/** A volume snapshot. */
export interface SnapshotObject extends PortObject {
  /** The volume it was taken from. */
  readonly volumeId: string;
  /** The provider status, lower case (`available`, `creating`, `error`, …). */
  readonly status: string;
}

/** An image as the facade sees it. */
export interface ImageObject extends PortObject {
  /** The provider status, lower case (`active`, `queued`, `saving`, …). */
  readonly status: string;
}

/** What {@link PortableExtras.uploadImage} sends. */
export interface UploadImageOptions {
  /** The image name. */
  readonly name: string;
  /** The disk format, e.g. `qcow2` or `raw`. */
  readonly diskFormat: string;
  /** The container format, e.g. `bare`. */
  readonly containerFormat: string;
  /** The image bytes, streamed (never buffered whole); a Node `Readable` is one. */
  readonly data: AsyncIterable<Uint8Array>;
  /** String properties stored on the image (the ownership mark goes here). */
  readonly properties: Readonly<Record<string, string>>;
}

/**
 * The portable calls a CPI needs beyond {@link PortableResources}: server metadata, volume resize and
 * snapshots, and images by streamed upload.
 */
export interface PortableExtras {
  /**
   * Sets (merges) metadata on a server.
   * @param serverId - The server id.
   * @param metadata - The keys and values to set.
   * @param signal - Aborts the request.
   * @returns Once set.
   */
  setServerMetadata(
    serverId: string,
    metadata: Readonly<Record<string, string>>,
    signal?: AbortSignal,
  ): Promise<void>;
  /**
   * Grows a volume.
   * @param volumeId - The volume id.
   * @param sizeGb - The new size in GiB (larger than today's).
   * @param signal - Aborts the request.
   * @returns Once the provider accepted it.
   */
  resizeVolume(volumeId: string, sizeGb: number, signal?: AbortSignal): Promise<void>;
  /** Volume snapshots: `create` takes the volume id, `delete` and `get` treat an absent snapshot as done. */
  readonly snapshots: Collection<SnapshotObject, { name: string; volumeId: string; description: string }>;
  /**
   * Uploads an image, streaming its bytes.
   * @param options - Name, formats, data and properties.
   * @param signal - Aborts the upload.
   * @returns The image (active once the upload finished).
   */
  uploadImage(options: UploadImageOptions, signal?: AbortSignal): Promise<ImageObject>;
  /**
   * @param imageId - The image id.
   * @param signal - Aborts the request.
   * @returns The image, or `undefined` when absent.
   */
  getImage(imageId: string, signal?: AbortSignal): Promise<ImageObject | undefined>;
  /**
   * @param imageId - The image id.
   * @param signal - Aborts the request.
   * @returns Once deleted; an absent image counts as deleted.
   */
  deleteImage(imageId: string, signal?: AbortSignal): Promise<void>;
}
