// `stratus/openstack/network`: the Neutron operations (list/get/create/… per resource, lazy lists, waiters) and
// their option and model types. Request builders and parsers are in `stratus/openstack/wire`. Named re-exports only.

export { neutronV2 } from './endpoint.ts';
export type { FloatingIpsExtension } from './extensions/floating-ips.ts';
export type { NetworkExtension } from './extensions/network.ts';
export type { SecurityGroupsExtension } from './extensions/security-groups.ts';
export {
  type AllocateFloatingIpOptions,
  type AttachToServerOptions,
  allocateFloatingIp,
  attachFloatingIp,
  attachFloatingIpToServer,
  detachFloatingIp,
  type FloatingIp,
  findFloatingIp,
  getFloatingIp,
  type ListFloatingIpsOptions,
  listFloatingIps,
  listServerFloatingIps,
  releaseFloatingIp,
} from './floating-ips/index.ts';
export {
  type CreateNetworkOptions,
  createNetwork,
  deleteNetwork,
  findNetwork,
  getNetwork,
  type ListNetworksOptions,
  listFloatingIpPools,
  listNetworks,
  type Network,
  type UpdateNetworkOptions,
  updateNetwork,
} from './networks/index.ts';
export {
  type CreatePortOptions,
  createPort,
  deletePort,
  type FixedIp,
  findPort,
  getPort,
  type ListPortsOptions,
  listPorts,
  type Port,
  type UpdatePortOptions,
  updatePort,
} from './ports/index.ts';
export {
  getNetworkQuotas,
  type NetworkQuotaLimits,
  type NetworkQuotas,
  type QuotaUsage,
  updateNetworkQuotas,
} from './quotas/index.ts';
export {
  addRouterInterface,
  type CreateRouterOptions,
  createRouter,
  deleteRouter,
  type ExternalGateway,
  findRouter,
  getRouter,
  type ListRoutersOptions,
  listRouterInterfaces,
  listRouters,
  type Router,
  type RouterInterface,
  type RouterInterfaceTarget,
  removeRouterInterface,
  type UpdateRouterOptions,
  updateRouter,
} from './routers/index.ts';
export {
  type CreateSecurityGroupRuleOptions,
  createSecurityGroupRule,
  deleteSecurityGroupRule,
  getSecurityGroupRule,
  type ListSecurityGroupRulesOptions,
  listSecurityGroupRules,
  type SecurityGroupRule,
} from './security-group-rules/index.ts';
export {
  addSecurityGroupToServer,
  type CreateSecurityGroupOptions,
  createSecurityGroup,
  deleteSecurityGroup,
  findSecurityGroup,
  getSecurityGroup,
  type ListSecurityGroupsOptions,
  listSecurityGroups,
  removeSecurityGroupFromServer,
  type SecurityGroup,
  type UpdateSecurityGroupOptions,
  updateSecurityGroup,
} from './security-groups/index.ts';
export {
  type AllocationPool,
  type CreateSubnetOptions,
  createSubnet,
  deleteSubnet,
  findSubnet,
  getSubnet,
  type ListSubnetsOptions,
  listSubnets,
  type Subnet,
  type UpdateSubnetOptions,
  updateSubnet,
} from './subnets/index.ts';
