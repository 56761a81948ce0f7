/**
 * A Nova server group (affinity rules for scheduling).
 *
 * @see https://docs.openstack.org/api-ref/compute/#server-groups-os-server-groups
 */
export interface ServerGroup {
  /** The group id (pass it as `serverGroupId` when creating servers). */
  readonly id: string;
  /** The name. */
  readonly name: string;
  /** `affinity`, `anti-affinity`, `soft-affinity` or `soft-anti-affinity`. */
  readonly policy: string | undefined;
  /** Member server ids. */
  readonly members: readonly string[];
  /** Policy rules (2.64+), e.g. `{ max_server_per_host: 2 }`. */
  readonly rules: Readonly<Record<string, unknown>>;
}

/** What {@link "drivers/openstack/compute"!createServerGroup} needs. */
export interface CreateServerGroupOptions {
  /** The name. */
  readonly name: string;
  /** The scheduling policy. */
  readonly policy: 'affinity' | 'anti-affinity' | 'soft-affinity' | 'soft-anti-affinity';
  /** `max_server_per_host` for anti-affinity (2.64+). */
  readonly maxServerPerHost?: number | undefined;
}
