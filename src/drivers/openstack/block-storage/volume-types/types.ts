/** A Cinder volume type. */
export interface VolumeType {
  /** The type UUID. */
  readonly id: string;
  /** The name, e.g. `__DEFAULT__`. */
  readonly name: string;
  /** The description. */
  readonly description: string | undefined;
  /** Visible to every project. */
  readonly isPublic: boolean;
  /** Backend hints (admins see them). */
  readonly extraSpecs: Readonly<Record<string, string>>;
}

/** What {@link "drivers/openstack/block-storage"!createVolumeType} sends (admin only). */
export interface CreateVolumeTypeOptions {
  /** The name. */
  readonly name: string;
  /** A description. */
  readonly description?: string | undefined;
  /** @defaultValue `true` */
  readonly isPublic?: boolean | undefined;
  /** Backend hints. */
  readonly extraSpecs?: Readonly<Record<string, string>> | undefined;
}
