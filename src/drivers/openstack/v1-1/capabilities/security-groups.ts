import type { SecurityGroup, SecurityGroupRule } from '../../../../compute/models/security-group.ts';
import type { SecurityGroupService } from '../../../../compute/services/security-groups.ts';
import type { ServiceResolver } from '../../bind.ts';
import {
  createSecurityGroupRule,
  deleteSecurityGroupRule,
} from '../../network/security-group-rules/operations.ts';
import type { SecurityGroupRule as NeutronRule } from '../../network/security-group-rules/types.ts';
import {
  createSecurityGroup,
  deleteSecurityGroup,
  getSecurityGroup,
  listSecurityGroups,
} from '../../network/security-groups/operations.ts';
import type { SecurityGroup as NeutronGroup } from '../../network/security-groups/types.ts';
import { mapList, orAbsent } from './absent.ts';
import { lazy } from './networking.ts';

/** @param r - A Neutron rule. @returns The portable rule. */
export function toRule(r: NeutronRule): SecurityGroupRule {
  return Object.freeze({
    id: r.id,
    securityGroupId: r.securityGroupId,
    direction: r.direction,
    ethertype: r.ethertype,
    protocol: r.protocol,
    portRangeMin: r.portRangeMin,
    portRangeMax: r.portRangeMax,
    remoteIpPrefix: r.remoteIpPrefix,
    remoteGroupId: r.remoteGroupId,
  });
}

/** @param g - A Neutron security group. @returns The portable group. */
export function toSecurityGroup(g: NeutronGroup): SecurityGroup<NeutronGroup> {
  return Object.freeze({
    marks: g.tags,
    id: g.id,
    name: g.name,
    description: g.description,
    rules: Object.freeze(g.rules.map(toRule)),
    extra: g,
  });
}

/**
 * The portable security group service of the OpenStack driver, over Neutron.
 *
 * @param neutron - Resolves the network client.
 * @returns The {@link SecurityGroupService}.
 */
export function createSecurityGroupService(neutron: ServiceResolver): SecurityGroupService {
  const service: SecurityGroupService = {
    listSecurityGroups: (signal) =>
      mapList(
        lazy(neutron, signal, (c) => listSecurityGroups(c, {}, signal)),
        toSecurityGroup,
      ),
    getSecurityGroup: async (id, signal) =>
      orAbsent(async () => toSecurityGroup(await getSecurityGroup(await neutron(signal), id, signal))),
    createSecurityGroup: async (options, signal) =>
      toSecurityGroup(await createSecurityGroup(await neutron(signal), options, signal)),
    deleteSecurityGroup: async (id, signal) => deleteSecurityGroup(await neutron(signal), id, signal),
    createSecurityGroupRule: async (options, signal) =>
      toRule(await createSecurityGroupRule(await neutron(signal), options, signal)),
    deleteSecurityGroupRule: async (id, signal) => deleteSecurityGroupRule(await neutron(signal), id, signal),
  };
  return Object.freeze(service);
}
