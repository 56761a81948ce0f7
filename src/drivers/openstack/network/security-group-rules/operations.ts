import type { ServiceClient } from '../../service-client.ts';
import {
  buildNeutronDeleteRequest,
  buildNeutronGetRequest,
  type NeutronResource,
  neutronList,
  neutronOne,
  neutronSend,
} from '../resource.ts';
import { buildCreateSecurityGroupRuleRequest, buildListSecurityGroupRulesRequest } from './requests.ts';
import { parseSecurityGroupRule } from './results.ts';
import type {
  CreateSecurityGroupRuleOptions,
  ListSecurityGroupRulesOptions,
  SecurityGroupRule,
} from './types.ts';

const RULES: NeutronResource<SecurityGroupRule> = {
  collection: 'security-group-rules',
  listKey: 'security_group_rules',
  key: 'security_group_rule',
  parse: parseSecurityGroupRule,
};

/**
 * Lists security group rules lazily, one page per request.
 *
 * @param client - The network service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of rules.
 */
export function listSecurityGroupRules(
  client: ServiceClient,
  options: ListSecurityGroupRulesOptions = {},
  signal?: AbortSignal,
): AsyncIterable<SecurityGroupRule> {
  return neutronList(client, RULES, buildListSecurityGroupRulesRequest(options), signal);
}

/**
 * Gets one rule.
 *
 * @param client - The network service.
 * @param id - The rule UUID.
 * @param signal - Aborts the request.
 * @returns The rule.
 * @throws {@link "index"!NotFoundError} when there is no such rule.
 */
export function getSecurityGroupRule(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<SecurityGroupRule> {
  return neutronOne(client, RULES, buildNeutronGetRequest('security-group-rules', id), signal);
}

/**
 * Adds a rule to a security group.
 *
 * @param client - The network service.
 * @param options - The rule.
 * @param signal - Aborts the request.
 * @returns The new rule.
 * @throws {@link "index"!ConfigurationError} for a bad port range; {@link "index"!ConflictError} when the same rule exists.
 * @example
 * ```ts
 * await createSecurityGroupRule(neutron, { securityGroupId: sg.id, protocol: 'tcp', portRangeMin: 22 });
 * ```
 */
export function createSecurityGroupRule(
  client: ServiceClient,
  options: CreateSecurityGroupRuleOptions,
  signal?: AbortSignal,
): Promise<SecurityGroupRule> {
  return neutronOne(client, RULES, buildCreateSecurityGroupRuleRequest(options), signal);
}

/**
 * Deletes a rule.
 *
 * @param client - The network service.
 * @param id - The rule UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 */
export function deleteSecurityGroupRule(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<void> {
  return neutronSend(client, buildNeutronDeleteRequest('security-group-rules', id), signal);
}
