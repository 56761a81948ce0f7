/**
 * A node size (an OpenStack flavor) as plain readonly data.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface NodeSize<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** Memory in MiB. */
  readonly ramMiB: number;
  /** Root disk in GB (0 when the root disk comes from a volume). */
  readonly diskGb: number;
  /** Virtual CPUs. */
  readonly vcpus: number;
  /** Bandwidth in Mbit/s, when the provider states it. */
  readonly bandwidthMbps: number | undefined;
  /** Hourly price, when the provider states it. */
  readonly price: number | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}
