import type { SecurityGroupRule } from '../security-group-rules/types.ts';

/** A Neutron security group with its rules. */
export interface SecurityGroup {
  /** The group UUID. */
  readonly id: string;
  /** The tags (Neutron `standard-attr-tag`), or `undefined` when the answer carries none. */
  readonly tags: readonly string[] | undefined;
  /** The name. */
  readonly name: string;
  /** The description. */
  readonly description: string | undefined;
  /** Its rules (Neutron returns them with the group). */
  readonly rules: readonly SecurityGroupRule[];
  /** The owning project. */
  readonly projectId: string | undefined;
}

/** Filters and page size for {@link "drivers/openstack/network"!listSecurityGroups}. */
export interface ListSecurityGroupsOptions {
  /** Exact name. */
  readonly name?: string | undefined;
  /** Owning project. */
  readonly projectId?: string | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** What {@link "drivers/openstack/network"!createSecurityGroup} sends. */
export interface CreateSecurityGroupOptions {
  /** The name. */
  readonly name: string;
  /** A description. */
  readonly description?: string | undefined;
}

/** What {@link "drivers/openstack/network"!updateSecurityGroup} changes. */
export interface UpdateSecurityGroupOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** A new description. */
  readonly description?: string | undefined;
}
