/**
 * A Nova flavor.
 *
 * @see https://docs.openstack.org/api-ref/compute/#flavors
 */
export interface Flavor {
  /** The flavor id (often a UUID, sometimes a short number). */
  readonly id: string;
  /** The name. */
  readonly name: string;
  /** Memory in MiB. */
  readonly ram: number;
  /** Root disk in GB. */
  readonly disk: number;
  /** Virtual CPUs. */
  readonly vcpus: number;
  /** Swap in MiB (Nova sends `""` for none; that becomes 0). */
  readonly swap: number;
  /** Ephemeral disk in GB (`OS-FLV-EXT-DATA:ephemeral`). */
  readonly ephemeral: number;
  /** Whether every project can use it (`os-flavor-access:is_public`). */
  readonly isPublic: boolean;
  /** Whether it is disabled (`OS-FLV-DISABLED:disabled`). */
  readonly disabled: boolean;
  /** The RX/TX factor. */
  readonly rxtxFactor: number | undefined;
  /** The description (2.55+). */
  readonly description: string | undefined;
  /** Extra specs, embedded from 2.61 (empty before; use `getFlavorExtraSpecs`). */
  readonly extraSpecs: Readonly<Record<string, string>>;
}

/** Filters of {@link "drivers/openstack/compute"!listFlavors}. */
export interface ListFlavorsOptions {
  /** Only flavors with at least this much memory (MiB). */
  readonly minRamMiB?: number | undefined;
  /** Only flavors with at least this much disk (GB). */
  readonly minDiskGb?: number | undefined;
  /** `true`: public only; `false`: private only (admin); `'all'`: both (admin). @defaultValue public + own */
  readonly isPublic?: boolean | 'all' | undefined;
  /** Page size; all pages are walked. */
  readonly pageSize?: number | undefined;
}
