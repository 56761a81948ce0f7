import type { V10ListOptions } from '../wire/pagination.ts';

/** An image as the 1.0 summary list (`GET /images`) returns it. */
export interface V10ImageRef {
  /** The numeric id, as a decimal string. */
  readonly id: string;
  /** The name. */
  readonly name: string;
}

/**
 * A 1.0 image in full (`GET /images/detail`, `GET /images/{id}`, the answer to a create).
 *
 * @remarks Known statuses: `UNKNOWN`, `ACTIVE`, `SAVING`, `PREPARING`, `QUEUED`, `FAILED`.
 */
export interface V10Image extends V10ImageRef {
  /** The status word, e.g. `ACTIVE`; `undefined` when the cloud left it out. */
  readonly status: string | undefined;
  /** When the image was created. */
  readonly created: Date | undefined;
  /** When the image last changed. */
  readonly updated: Date | undefined;
  /** For a server backup, the server it was taken from. */
  readonly serverId: string | undefined;
  /** Progress of a backup in percent, while it is saving. */
  readonly progress: number | undefined;
  /** The smallest disk, in GB, that can boot it (later 1.0 clouds only). */
  readonly minDisk: number | undefined;
  /** The smallest RAM, in MB, that can boot it (later 1.0 clouds only). */
  readonly minRam: number | undefined;
}

/** Options of the 1.0 image lists. */
export type ListV10ImagesOptions = V10ListOptions;

/** Options of {@link "drivers/openstack/v1-0"!createImage}. */
export interface CreateV10ImageOptions {
  /** The numeric id of the server to image. */
  readonly serverId: string;
  /** The new image's name. */
  readonly name: string;
}
