/** One quota: the limit (`-1` = unlimited), what is used and what is reserved. */
export interface QuotaUsage {
  /** The limit; `-1` means unlimited. */
  readonly limit: number;
  /** In use now. */
  readonly used: number;
  /** Reserved by operations in flight. */
  readonly reserved: number;
}

/** Neutron quotas by resource name: `network`, `subnet`, `port`, `router`, `floatingip`, `security_group`, … */
export type NetworkQuotas = Readonly<Record<string, QuotaUsage>>;

/** New Neutron limits by resource name (admin only), e.g. `{ floatingip: 10 }`. */
export type NetworkQuotaLimits = Readonly<Record<string, number>>;
