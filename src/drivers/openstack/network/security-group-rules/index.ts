export {
  createSecurityGroupRule,
  deleteSecurityGroupRule,
  getSecurityGroupRule,
  listSecurityGroupRules,
} from './operations.ts';
export { buildCreateSecurityGroupRuleRequest, buildListSecurityGroupRulesRequest } from './requests.ts';
export { parseSecurityGroupRule } from './results.ts';
export type {
  CreateSecurityGroupRuleOptions,
  ListSecurityGroupRulesOptions,
  SecurityGroupRule,
} from './types.ts';
