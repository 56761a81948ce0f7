/** One resource of a Heat stack. */
export interface StackResource {
  /** The name in the template (`logical_resource_id`). */
  readonly name: string;
  /** The id of the real thing (a server's UUID, …); empty until created. */
  readonly physicalId: string | undefined;
  /** The resource type, e.g. `OS::Nova::Server`. */
  readonly type: string;
  /** e.g. `CREATE_COMPLETE`. */
  readonly status: string;
  /** Heat's explanation of the status. */
  readonly statusReason: string | undefined;
  /** ISO 8601 time of the last change. */
  readonly updatedAt: string | undefined;
  /** The (nested) stack it belongs to, from its `stack` link. */
  readonly stackName: string | undefined;
}

/** Options of {@link "drivers/openstack/orchestration"!listStackResources}. */
export interface ListStackResourcesOptions {
  /** Also list resources of nested stacks down to this depth. @defaultValue 0 */
  readonly nestedDepth?: number | undefined;
  /** Only resources of this type. */
  readonly type?: string | undefined;
}
