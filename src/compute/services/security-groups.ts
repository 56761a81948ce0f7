import type {
  CreateSecurityGroupOptions,
  CreateSecurityGroupRuleOptions,
  SecurityGroup,
  SecurityGroupRule,
} from '../models/security-group.ts';

/** Security groups and their rules (`driver.securityGroups` with {@link Capability.SECURITY_GROUPS}). */
export interface SecurityGroupService {
  /** @param signal - Aborts the walk. @returns Every security group, lazily. */
  listSecurityGroups(signal?: AbortSignal): AsyncIterable<SecurityGroup>;
  /** @param id - The id. @param signal - Aborts. @returns The group, or `undefined`. */
  getSecurityGroup(id: string, signal?: AbortSignal): Promise<SecurityGroup | undefined>;
  /** @param options - Name, description. @param signal - Aborts. @returns The new group. */
  createSecurityGroup(options: CreateSecurityGroupOptions, signal?: AbortSignal): Promise<SecurityGroup>;
  /** @param id - The id. @param signal - Aborts. @returns Once deleted. */
  deleteSecurityGroup(id: string, signal?: AbortSignal): Promise<void>;
  /** @param options - The rule. @param signal - Aborts. @returns The new rule. */
  createSecurityGroupRule(
    options: CreateSecurityGroupRuleOptions,
    signal?: AbortSignal,
  ): Promise<SecurityGroupRule>;
  /** @param id - The rule id. @param signal - Aborts. @returns Once deleted. */
  deleteSecurityGroupRule(id: string, signal?: AbortSignal): Promise<void>;
}
