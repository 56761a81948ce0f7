/**
 * A project's compute limits and usage (`GET /limits`). Keys are Nova's, e.g. `maxTotalCores`,
 * `totalCoresUsed`; -1 means unlimited.
 *
 * @see https://docs.openstack.org/api-ref/compute/#limits-limits
 */
export interface ComputeLimits {
  /** Absolute limits and usage by Nova's key. */
  readonly absolute: Readonly<Record<string, number>>;
}
