import { bindCall, bindList, type ServiceBound, type ServiceResolver } from '../../bind.ts';
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

/**
 * Security groups through the driver: `driver.ext.securityGroups.*` (groups, rules, and a group on a server).
 */
export interface SecurityGroupsExtension {
  /** {@inheritDoc "drivers/openstack/network"!listSecurityGroups} */
  readonly listSecurityGroups: ServiceBound<typeof listSecurityGroups>;
  /** {@inheritDoc "drivers/openstack/network"!getSecurityGroup} */
  readonly getSecurityGroup: ServiceBound<typeof getSecurityGroup>;
  /** {@inheritDoc "drivers/openstack/network"!findSecurityGroup} */
  readonly findSecurityGroup: ServiceBound<typeof findSecurityGroup>;
  /** {@inheritDoc "drivers/openstack/network"!createSecurityGroup} */
  readonly createSecurityGroup: ServiceBound<typeof createSecurityGroup>;
  /** {@inheritDoc "drivers/openstack/network"!updateSecurityGroup} */
  readonly updateSecurityGroup: ServiceBound<typeof updateSecurityGroup>;
  /** {@inheritDoc "drivers/openstack/network"!deleteSecurityGroup} */
  readonly deleteSecurityGroup: ServiceBound<typeof deleteSecurityGroup>;
  /** {@inheritDoc "drivers/openstack/network"!listSecurityGroupRules} */
  readonly listSecurityGroupRules: ServiceBound<typeof listSecurityGroupRules>;
  /** {@inheritDoc "drivers/openstack/network"!getSecurityGroupRule} */
  readonly getSecurityGroupRule: ServiceBound<typeof getSecurityGroupRule>;
  /** {@inheritDoc "drivers/openstack/network"!createSecurityGroupRule} */
  readonly createSecurityGroupRule: ServiceBound<typeof createSecurityGroupRule>;
  /** {@inheritDoc "drivers/openstack/network"!deleteSecurityGroupRule} */
  readonly deleteSecurityGroupRule: ServiceBound<typeof deleteSecurityGroupRule>;
  /** {@inheritDoc "drivers/openstack/network"!addSecurityGroupToServer} */
  readonly addSecurityGroupToServer: ServiceBound<typeof addSecurityGroupToServer>;
  /** {@inheritDoc "drivers/openstack/network"!removeSecurityGroupFromServer} */
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
    listSecurityGroups: bindList(service, listSecurityGroups),
    getSecurityGroup: bindCall(service, getSecurityGroup),
    findSecurityGroup: bindCall(service, findSecurityGroup),
    createSecurityGroup: bindCall(service, createSecurityGroup),
    updateSecurityGroup: bindCall(service, updateSecurityGroup),
    deleteSecurityGroup: bindCall(service, deleteSecurityGroup),
    listSecurityGroupRules: bindList(service, listSecurityGroupRules),
    getSecurityGroupRule: bindCall(service, getSecurityGroupRule),
    createSecurityGroupRule: bindCall(service, createSecurityGroupRule),
    deleteSecurityGroupRule: bindCall(service, deleteSecurityGroupRule),
    addSecurityGroupToServer: bindCall(service, addSecurityGroupToServer),
    removeSecurityGroupFromServer: bindCall(service, removeSecurityGroupFromServer),
  });
}
