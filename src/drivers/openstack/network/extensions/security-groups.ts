import {
  createSecurityGroupRule,
  deleteSecurityGroupRule,
  getSecurityGroupRule,
  listSecurityGroupRules,
} from '../security-group-rules/operations.ts';
import {
  createSecurityGroup,
  deleteSecurityGroup,
  findSecurityGroup,
  getSecurityGroup,
  listSecurityGroups,
  updateSecurityGroup,
} from '../security-groups/operations.ts';
import { addSecurityGroupToServer, removeSecurityGroupFromServer } from '../security-groups/server.ts';
import { bindServiceCall, bindServiceList, type ServiceBound, type ServiceResolver } from './bind-service.ts';

/**
 * Security groups through the driver: `driver.ext.securityGroups.*` (groups, rules, and a group on a server).
 */
export interface SecurityGroupsExtension {
  /** {@inheritDoc listSecurityGroups} */
  readonly listSecurityGroups: ServiceBound<typeof listSecurityGroups>;
  /** {@inheritDoc getSecurityGroup} */
  readonly getSecurityGroup: ServiceBound<typeof getSecurityGroup>;
  /** {@inheritDoc findSecurityGroup} */
  readonly findSecurityGroup: ServiceBound<typeof findSecurityGroup>;
  /** {@inheritDoc createSecurityGroup} */
  readonly createSecurityGroup: ServiceBound<typeof createSecurityGroup>;
  /** {@inheritDoc updateSecurityGroup} */
  readonly updateSecurityGroup: ServiceBound<typeof updateSecurityGroup>;
  /** {@inheritDoc deleteSecurityGroup} */
  readonly deleteSecurityGroup: ServiceBound<typeof deleteSecurityGroup>;
  /** {@inheritDoc listSecurityGroupRules} */
  readonly listSecurityGroupRules: ServiceBound<typeof listSecurityGroupRules>;
  /** {@inheritDoc getSecurityGroupRule} */
  readonly getSecurityGroupRule: ServiceBound<typeof getSecurityGroupRule>;
  /** {@inheritDoc createSecurityGroupRule} */
  readonly createSecurityGroupRule: ServiceBound<typeof createSecurityGroupRule>;
  /** {@inheritDoc deleteSecurityGroupRule} */
  readonly deleteSecurityGroupRule: ServiceBound<typeof deleteSecurityGroupRule>;
  /** {@inheritDoc addSecurityGroupToServer} */
  readonly addSecurityGroupToServer: ServiceBound<typeof addSecurityGroupToServer>;
  /** {@inheritDoc removeSecurityGroupFromServer} */
  readonly removeSecurityGroupFromServer: ServiceBound<typeof removeSecurityGroupFromServer>;
}

/**
 * Builds the namespace over one lazily resolved service client.
 *
 * @param service - Resolves the client (once per driver).
 * @returns The bound operations.
 */
export function createSecurityGroupsExtension(service: ServiceResolver): SecurityGroupsExtension {
  return Object.freeze({
    listSecurityGroups: bindServiceList(service, listSecurityGroups),
    getSecurityGroup: bindServiceCall(service, getSecurityGroup),
    findSecurityGroup: bindServiceCall(service, findSecurityGroup),
    createSecurityGroup: bindServiceCall(service, createSecurityGroup),
    updateSecurityGroup: bindServiceCall(service, updateSecurityGroup),
    deleteSecurityGroup: bindServiceCall(service, deleteSecurityGroup),
    listSecurityGroupRules: bindServiceList(service, listSecurityGroupRules),
    getSecurityGroupRule: bindServiceCall(service, getSecurityGroupRule),
    createSecurityGroupRule: bindServiceCall(service, createSecurityGroupRule),
    deleteSecurityGroupRule: bindServiceCall(service, deleteSecurityGroupRule),
    addSecurityGroupToServer: bindServiceCall(service, addSecurityGroupToServer),
    removeSecurityGroupFromServer: bindServiceCall(service, removeSecurityGroupFromServer),
  });
}
