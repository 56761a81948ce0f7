/**
 * A bootable image as plain readonly data.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface NodeImage<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** Options of `createImage` (an image made from a node). */
export interface CreateImageOptions {
  /** Metadata to set on the new image. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
}
