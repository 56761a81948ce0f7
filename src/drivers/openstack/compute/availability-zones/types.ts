/**
 * A Nova availability zone.
 *
 * @see https://docs.openstack.org/api-ref/compute/#availability-zones-os-availability-zone
 */
export interface AvailabilityZone {
  /** The zone name (used as its id). */
  readonly name: string;
  /** Whether the zone accepts new servers. */
  readonly available: boolean;
  /** Hosts and their services (admin `detail` view only), by host name. */
  readonly hosts: Readonly<Record<string, readonly string[]>>;
}
