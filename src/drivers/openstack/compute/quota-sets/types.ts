/**
 * A project's compute quotas (`os-quota-sets`): Nova's key → limit (-1 = unlimited), e.g. `instances`,
 * `cores`, `ram`, `key_pairs`, `server_groups`.
 *
 * @see https://docs.openstack.org/api-ref/compute/#quota-sets-os-quota-sets
 */
export interface QuotaSet {
  /** The project id. */
  readonly projectId: string;
  /** Limits by Nova's key. */
  readonly limits: Readonly<Record<string, number>>;
  /** With `detail`: usage by key (`in_use`, `reserved`). */
  readonly usage: Readonly<Record<string, { readonly inUse: number; readonly reserved: number }>>;
}
