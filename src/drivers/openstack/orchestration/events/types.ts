/** One event of a Heat stack. */
export interface StackEvent {
  /** The event UUID. */
  readonly id: string;
  /** ISO 8601 time. */
  readonly time: string;
  /** The resource's name in the template (or the stack's name for stack events). */
  readonly resourceName: string;
  /** The id of the real thing, when there is one. */
  readonly physicalId: string | undefined;
  /** e.g. `CREATE_IN_PROGRESS`. */
  readonly status: string;
  /** Heat's explanation. */
  readonly statusReason: string | undefined;
}

/** Options of {@link "drivers/openstack/orchestration"!listStackEvents}. */
export interface ListStackEventsOptions {
  /** Only events of this resource. */
  readonly resourceName?: string | undefined;
  /** `asc` (oldest first) or `desc`. @defaultValue `'asc'` */
  readonly sortDir?: 'asc' | 'desc' | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}
