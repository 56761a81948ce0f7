/**
 * An image in the image service, with its upload status.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface StoredImage<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** The provider's status, e.g. `queued`, `saving`, `active`, `killed`. */
  readonly status: string;
  /** The image data size, once uploaded. */
  readonly sizeBytes: number | undefined;
  /** Custom properties (ownership marks, stemcell metadata). */
  readonly properties: Readonly<Record<string, string>>;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** The portable arguments of `createImage` in {@link ImageUploadService}. */
export interface CreateStoredImageOptions {
  /** The display name. */
  readonly name: string;
  /** `qcow2`, `raw`, `vmdk`… @defaultValue `'qcow2'` */
  readonly diskFormat?: string | undefined;
  /** `bare`, `ova`… @defaultValue `'bare'` */
  readonly containerFormat?: string | undefined;
  /** Minimum root disk in GiB. */
  readonly minDiskGb?: number | undefined;
  /** Custom properties. */
  readonly properties?: Readonly<Record<string, string>> | undefined;
}

/** The image data to upload: a stream of bytes (never buffered whole) or a local file path. */
export type ImageDataSource = string | AsyncIterable<Uint8Array>;
