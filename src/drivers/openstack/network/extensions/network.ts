import { bindCall, bindList, type ServiceBound, type ServiceResolver } from '../../bind.ts';
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
    listNetworks: bindList(service, listNetworks),
    getNetwork: bindCall(service, getNetwork),
    findNetwork: bindCall(service, findNetwork),
    createNetwork: bindCall(service, createNetwork),
    updateNetwork: bindCall(service, updateNetwork),
    deleteNetwork: bindCall(service, deleteNetwork),
    listSubnets: bindList(service, listSubnets),
    getSubnet: bindCall(service, getSubnet),
    findSubnet: bindCall(service, findSubnet),
    createSubnet: bindCall(service, createSubnet),
    updateSubnet: bindCall(service, updateSubnet),
    deleteSubnet: bindCall(service, deleteSubnet),
    listPorts: bindList(service, listPorts),
    getPort: bindCall(service, getPort),
    findPort: bindCall(service, findPort),
    createPort: bindCall(service, createPort),
    updatePort: bindCall(service, updatePort),
    deletePort: bindCall(service, deletePort),
    listRouters: bindList(service, listRouters),
    getRouter: bindCall(service, getRouter),
    findRouter: bindCall(service, findRouter),
    createRouter: bindCall(service, createRouter),
    updateRouter: bindCall(service, updateRouter),
    deleteRouter: bindCall(service, deleteRouter),
    addRouterInterface: bindCall(service, addRouterInterface),
    removeRouterInterface: bindCall(service, removeRouterInterface),
    listRouterInterfaces: bindList(service, listRouterInterfaces),
    getNetworkQuotas: bindCall(service, getNetworkQuotas),
    updateNetworkQuotas: bindCall(service, updateNetworkQuotas),
  });
}
