/** The states a Glance image moves through. */
export const ImageStatus = {
  QUEUED: 'queued',
  SAVING: 'saving',
  UPLOADING: 'uploading',
  IMPORTING: 'importing',
  ACTIVE: 'active',
  DEACTIVATED: 'deactivated',
  KILLED: 'killed',
  DELETED: 'deleted',
  PENDING_DELETE: 'pending_delete',
} as const;

/** One of {@link "drivers/openstack/image"!ImageStatus}, or a newer status this version does not know. */
export type ImageStatus = (typeof ImageStatus)[keyof typeof ImageStatus] | (string & {});

/** Who can see an image. */
export const ImageVisibility = {
  PUBLIC: 'public',
  PRIVATE: 'private',
  SHARED: 'shared',
  COMMUNITY: 'community',
} as const;

/** One of {@link "drivers/openstack/image"!ImageVisibility}. */
export type ImageVisibility = (typeof ImageVisibility)[keyof typeof ImageVisibility];

/** A Glance v2 image. */
export interface Image {
  /** The image UUID. */
  readonly id: string;
  /** The name; Glance allows unnamed images. */
  readonly name: string | undefined;
  /** The status, e.g. `active`. */
  readonly status: ImageStatus;
  /** Who can see it. */
  readonly visibility: string;
  /** `raw`, `qcow2`, … once set. */
  readonly diskFormat: string | undefined;
  /** `bare`, `ovf`, … once set. */
  readonly containerFormat: string | undefined;
  /** The size of the stored data in bytes, once uploaded. */
  readonly sizeBytes: number | undefined;
  /** The virtual disk size in bytes, when known. */
  readonly virtualSizeBytes: number | undefined;
  /** The MD5 of the data, once uploaded. */
  readonly checksum: string | undefined;
  /** The multihash algorithm (`sha512`), once uploaded. */
  readonly hashAlgorithm: string | undefined;
  /** The multihash value, once uploaded. */
  readonly hashValue: string | undefined;
  /** The owning project. */
  readonly owner: string | undefined;
  /** Whether the image is protected from deletion. */
  readonly protected: boolean;
  /** The minimum RAM a server needs, in MiB. */
  readonly minRamMb: number;
  /** The minimum disk a server needs, in GiB. */
  readonly minDiskGb: number;
  /** Tags. */
  readonly tags: readonly string[];
  /** ISO 8601 creation time. */
  readonly createdAt: string;
  /** ISO 8601 update time. */
  readonly updatedAt: string | undefined;
  /** Every other top-level key: custom properties such as `os_distro` or `hw_disk_bus`. */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** Filters and page size for {@link "drivers/openstack/image"!listImages}. */
export interface ListImagesOptions {
  /** Exact name. */
  readonly name?: string | undefined;
  /** Status filter. */
  readonly status?: ImageStatus | undefined;
  /** Visibility filter (Glance lists `public`, `private`, `shared` and own `community` by default). */
  readonly visibility?: ImageVisibility | 'all' | undefined;
  /** Owning project. */
  readonly owner?: string | undefined;
  /** Images carrying every one of these tags. */
  readonly tags?: readonly string[] | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** What {@link "drivers/openstack/image"!createImage} sends. */
export interface CreateImageOptions {
  /** The image name. */
  readonly name: string;
  /** @defaultValue `'raw'` */
  readonly diskFormat?: string | undefined;
  /** @defaultValue `'bare'` */
  readonly containerFormat?: string | undefined;
  /** @defaultValue Glance's default (`shared`). */
  readonly visibility?: ImageVisibility | undefined;
  /** Tags. */
  readonly tags?: readonly string[] | undefined;
  /** Minimum RAM in MiB. */
  readonly minRamMb?: number | undefined;
  /** Minimum disk in GiB. */
  readonly minDiskGb?: number | undefined;
  /** Protect from deletion. */
  readonly protected?: boolean | undefined;
  /** Custom string properties (`os_distro`, `hw_disk_bus`, …). */
  readonly properties?: Readonly<Record<string, string>> | undefined;
  /** A chosen UUID. */
  readonly id?: string | undefined;
}

/** What {@link "drivers/openstack/image"!updateImage} changes; omitted fields stay as they are. */
export interface UpdateImageOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** A new visibility. */
  readonly visibility?: ImageVisibility | undefined;
  /** Replaces the whole tag list. */
  readonly tags?: readonly string[] | undefined;
  /** Protect from (or allow) deletion. */
  readonly protected?: boolean | undefined;
  /** Sets these custom properties (adding or replacing). */
  readonly properties?: Readonly<Record<string, string>> | undefined;
  /** Removes these custom properties. */
  readonly removeProperties?: readonly string[] | undefined;
}
