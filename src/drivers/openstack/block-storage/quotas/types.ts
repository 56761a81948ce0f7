/** One Cinder quota: limit (`-1` = unlimited), in use and reserved. */
export interface VolumeQuotaUsage {
  /** The limit; `-1` means unlimited. */
  readonly limit: number;
  /** In use now. */
  readonly inUse: number;
  /** Reserved by operations in flight. */
  readonly reserved: number;
}

/** Cinder quotas by name: `volumes`, `gigabytes`, `snapshots`, `backups`, `volumes_<type>`, … */
export type VolumeQuotas = Readonly<Record<string, VolumeQuotaUsage>>;

/** New Cinder limits by name (admin only), e.g. `{ volumes: 20 }`. */
export type VolumeQuotaLimits = Readonly<Record<string, number>>;
