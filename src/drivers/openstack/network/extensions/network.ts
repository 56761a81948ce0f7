import {
  createNetwork,
  deleteNetwork,
  findNetwork,
  getNetwork,
  listNetworks,
  updateNetwork,
} from '../networks/operations.ts';
import { createPort, deletePort, findPort, getPort, listPorts, updatePort } from '../ports/operations.ts';
import { getNetworkQuotas, updateNetworkQuotas } from '../quotas/operations.ts';
import {
  addRouterInterface,
  createRouter,
  deleteRouter,
  findRouter,
  getRouter,
  listRouterInterfaces,
  listRouters,
  removeRouterInterface,
  updateRouter,
} from '../routers/operations.ts';
import {
  createSubnet,
  deleteSubnet,
  findSubnet,
  getSubnet,
  listSubnets,
  updateSubnet,
} from '../subnets/operations.ts';
import { bindServiceCall, bindServiceList, type ServiceBound, type ServiceResolver } from './bind-service.ts';

/**
 * Neutron through the driver: `driver.ext.network.*` (networks, subnets, ports, routers, quotas).
 */
export interface NetworkExtension {
  /** {@inheritDoc "drivers/openstack/network"!listNetworks} */
  readonly listNetworks: ServiceBound<typeof listNetworks>;
  /** {@inheritDoc "drivers/openstack/network"!getNetwork} */
  readonly getNetwork: ServiceBound<typeof getNetwork>;
  /** {@inheritDoc "drivers/openstack/network"!findNetwork} */
  readonly findNetwork: ServiceBound<typeof findNetwork>;
  /** {@inheritDoc "drivers/openstack/network"!createNetwork} */
  readonly createNetwork: ServiceBound<typeof createNetwork>;
  /** {@inheritDoc "drivers/openstack/network"!updateNetwork} */
  readonly updateNetwork: ServiceBound<typeof updateNetwork>;
  /** {@inheritDoc "drivers/openstack/network"!deleteNetwork} */
  readonly deleteNetwork: ServiceBound<typeof deleteNetwork>;
  /** {@inheritDoc "drivers/openstack/network"!listSubnets} */
  readonly listSubnets: ServiceBound<typeof listSubnets>;
  /** {@inheritDoc "drivers/openstack/network"!getSubnet} */
  readonly getSubnet: ServiceBound<typeof getSubnet>;
  /** {@inheritDoc "drivers/openstack/network"!findSubnet} */
  readonly findSubnet: ServiceBound<typeof findSubnet>;
  /** {@inheritDoc "drivers/openstack/network"!createSubnet} */
  readonly createSubnet: ServiceBound<typeof createSubnet>;
  /** {@inheritDoc "drivers/openstack/network"!updateSubnet} */
  readonly updateSubnet: ServiceBound<typeof updateSubnet>;
  /** {@inheritDoc "drivers/openstack/network"!deleteSubnet} */
  readonly deleteSubnet: ServiceBound<typeof deleteSubnet>;
  /** {@inheritDoc "drivers/openstack/network"!listPorts} */
  readonly listPorts: ServiceBound<typeof listPorts>;
  /** {@inheritDoc "drivers/openstack/network"!getPort} */
  readonly getPort: ServiceBound<typeof getPort>;
  /** {@inheritDoc "drivers/openstack/network"!findPort} */
  readonly findPort: ServiceBound<typeof findPort>;
  /** {@inheritDoc "drivers/openstack/network"!createPort} */
  readonly createPort: ServiceBound<typeof createPort>;
  /** {@inheritDoc "drivers/openstack/network"!updatePort} */
  readonly updatePort: ServiceBound<typeof updatePort>;
  /** {@inheritDoc "drivers/openstack/network"!deletePort} */
  readonly deletePort: ServiceBound<typeof deletePort>;
  /** {@inheritDoc "drivers/openstack/network"!listRouters} */
  readonly listRouters: ServiceBound<typeof listRouters>;
  /** {@inheritDoc "drivers/openstack/network"!getRouter} */
  readonly getRouter: ServiceBound<typeof getRouter>;
  /** {@inheritDoc "drivers/openstack/network"!findRouter} */
  readonly findRouter: ServiceBound<typeof findRouter>;
  /** {@inheritDoc "drivers/openstack/network"!createRouter} */
  readonly createRouter: ServiceBound<typeof createRouter>;
  /** {@inheritDoc "drivers/openstack/network"!updateRouter} */
  readonly updateRouter: ServiceBound<typeof updateRouter>;
  /** {@inheritDoc "drivers/openstack/network"!deleteRouter} */
  readonly deleteRouter: ServiceBound<typeof deleteRouter>;
  /** {@inheritDoc "drivers/openstack/network"!addRouterInterface} */
  readonly addRouterInterface: ServiceBound<typeof addRouterInterface>;
  /** {@inheritDoc "drivers/openstack/network"!removeRouterInterface} */
  readonly removeRouterInterface: ServiceBound<typeof removeRouterInterface>;
  /** {@inheritDoc "drivers/openstack/network"!listRouterInterfaces} */
  readonly listRouterInterfaces: ServiceBound<typeof listRouterInterfaces>;
  /** {@inheritDoc "drivers/openstack/network"!getNetworkQuotas} */
  readonly getNetworkQuotas: ServiceBound<typeof getNetworkQuotas>;
  /** {@inheritDoc "drivers/openstack/network"!updateNetworkQuotas} */
  readonly updateNetworkQuotas: ServiceBound<typeof updateNetworkQuotas>;
}

/**
 * Builds the namespace over one lazily resolved service client.
 *
 * @param service - Resolves the client (once per driver).
 * @returns The bound operations.
 */
export function createNetworkExtension(service: ServiceResolver): NetworkExtension {
  return Object.freeze({
    listNetworks: bindServiceList(service, listNetworks),
    getNetwork: bindServiceCall(service, getNetwork),
    findNetwork: bindServiceCall(service, findNetwork),
    createNetwork: bindServiceCall(service, createNetwork),
    updateNetwork: bindServiceCall(service, updateNetwork),
    deleteNetwork: bindServiceCall(service, deleteNetwork),
    listSubnets: bindServiceList(service, listSubnets),
    getSubnet: bindServiceCall(service, getSubnet),
    findSubnet: bindServiceCall(service, findSubnet),
    createSubnet: bindServiceCall(service, createSubnet),
    updateSubnet: bindServiceCall(service, updateSubnet),
    deleteSubnet: bindServiceCall(service, deleteSubnet),
    listPorts: bindServiceList(service, listPorts),
    getPort: bindServiceCall(service, getPort),
    findPort: bindServiceCall(service, findPort),
    createPort: bindServiceCall(service, createPort),
    updatePort: bindServiceCall(service, updatePort),
    deletePort: bindServiceCall(service, deletePort),
    listRouters: bindServiceList(service, listRouters),
    getRouter: bindServiceCall(service, getRouter),
    findRouter: bindServiceCall(service, findRouter),
    createRouter: bindServiceCall(service, createRouter),
    updateRouter: bindServiceCall(service, updateRouter),
    deleteRouter: bindServiceCall(service, deleteRouter),
    addRouterInterface: bindServiceCall(service, addRouterInterface),
    removeRouterInterface: bindServiceCall(service, removeRouterInterface),
    listRouterInterfaces: bindServiceList(service, listRouterInterfaces),
    getNetworkQuotas: bindServiceCall(service, getNetworkQuotas),
    updateNetworkQuotas: bindServiceCall(service, updateNetworkQuotas),
  });
}
