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
  /** {@inheritDoc listNetworks} */
  readonly listNetworks: ServiceBound<typeof listNetworks>;
  /** {@inheritDoc getNetwork} */
  readonly getNetwork: ServiceBound<typeof getNetwork>;
  /** {@inheritDoc findNetwork} */
  readonly findNetwork: ServiceBound<typeof findNetwork>;
  /** {@inheritDoc createNetwork} */
  readonly createNetwork: ServiceBound<typeof createNetwork>;
  /** {@inheritDoc updateNetwork} */
  readonly updateNetwork: ServiceBound<typeof updateNetwork>;
  /** {@inheritDoc deleteNetwork} */
  readonly deleteNetwork: ServiceBound<typeof deleteNetwork>;
  /** {@inheritDoc listSubnets} */
  readonly listSubnets: ServiceBound<typeof listSubnets>;
  /** {@inheritDoc getSubnet} */
  readonly getSubnet: ServiceBound<typeof getSubnet>;
  /** {@inheritDoc findSubnet} */
  readonly findSubnet: ServiceBound<typeof findSubnet>;
  /** {@inheritDoc createSubnet} */
  readonly createSubnet: ServiceBound<typeof createSubnet>;
  /** {@inheritDoc updateSubnet} */
  readonly updateSubnet: ServiceBound<typeof updateSubnet>;
  /** {@inheritDoc deleteSubnet} */
  readonly deleteSubnet: ServiceBound<typeof deleteSubnet>;
  /** {@inheritDoc listPorts} */
  readonly listPorts: ServiceBound<typeof listPorts>;
  /** {@inheritDoc getPort} */
  readonly getPort: ServiceBound<typeof getPort>;
  /** {@inheritDoc findPort} */
  readonly findPort: ServiceBound<typeof findPort>;
  /** {@inheritDoc createPort} */
  readonly createPort: ServiceBound<typeof createPort>;
  /** {@inheritDoc updatePort} */
  readonly updatePort: ServiceBound<typeof updatePort>;
  /** {@inheritDoc deletePort} */
  readonly deletePort: ServiceBound<typeof deletePort>;
  /** {@inheritDoc listRouters} */
  readonly listRouters: ServiceBound<typeof listRouters>;
  /** {@inheritDoc getRouter} */
  readonly getRouter: ServiceBound<typeof getRouter>;
  /** {@inheritDoc findRouter} */
  readonly findRouter: ServiceBound<typeof findRouter>;
  /** {@inheritDoc createRouter} */
  readonly createRouter: ServiceBound<typeof createRouter>;
  /** {@inheritDoc updateRouter} */
  readonly updateRouter: ServiceBound<typeof updateRouter>;
  /** {@inheritDoc deleteRouter} */
  readonly deleteRouter: ServiceBound<typeof deleteRouter>;
  /** {@inheritDoc addRouterInterface} */
  readonly addRouterInterface: ServiceBound<typeof addRouterInterface>;
  /** {@inheritDoc removeRouterInterface} */
  readonly removeRouterInterface: ServiceBound<typeof removeRouterInterface>;
  /** {@inheritDoc listRouterInterfaces} */
  readonly listRouterInterfaces: ServiceBound<typeof listRouterInterfaces>;
  /** {@inheritDoc getNetworkQuotas} */
  readonly getNetworkQuotas: ServiceBound<typeof getNetworkQuotas>;
  /** {@inheritDoc updateNetworkQuotas} */
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
