/** A Cinder volume snapshot. */
export interface Snapshot {
  /** The snapshot UUID. */
  readonly id: string;
  /** The name (may be empty). */
  readonly name: string;
  /** `creating`, `available`, `deleting`, `error`, … */
  readonly status: string;
  /** The size in GiB. */
  readonly sizeGb: number;
  /** The volume it was taken of. */
  readonly volumeId: string;
  /** The description. */
  readonly description: string | undefined;
  /** Free-form metadata. */
  readonly metadata: Readonly<Record<string, string>>;
  /** ISO 8601 creation time. */
  readonly createdAt: string;
}

/** Filters and page size for {@link "drivers/openstack/block-storage"!listSnapshots}. */
export interface ListSnapshotsOptions {
  /** Only snapshots of this volume. */
  readonly volumeId?: string | undefined;
  /** Exact name. */
  readonly name?: string | undefined;
  /** Status filter. */
  readonly status?: string | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** What {@link "drivers/openstack/block-storage"!createSnapshot} sends. */
export interface CreateSnapshotOptions {
  /** The volume to snapshot. */
  readonly volumeId: string;
  /** The name. */
  readonly name?: string | undefined;
  /** A description. */
  readonly description?: string | undefined;
  /** Snapshot even while the volume is attached. @defaultValue `false` */
  readonly force?: boolean | undefined;
}

/** What {@link "drivers/openstack/block-storage"!updateSnapshot} changes. */
export interface UpdateSnapshotOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** A new description. */
  readonly description?: string | undefined;
}
