import type { NetworkingService } from '../../../compute/services/networking.ts';
import type { QueryClient } from '../client/client.ts';
import { createNetwork, getNetwork, listNetworks } from './networks.ts';
import { createPort, getPort, listPorts } from './ports.ts';
import { addRouterSubnet, listRouterSubnets, removeRouterSubnet } from './router-subnets.ts';
import * as routers from './routers.ts';
import { createSubnet, getSubnet, listSubnets } from './subnets.ts';

/**
 * The portable networking service of the EC2 driver: VPCs as networks (plus the external network `amazon`,
 * Amazon's public address pool), VPC subnets, internet gateways as routers (a subnet "interface" is a route
 * table sending the default route to the gateway) and network interfaces as ports.
 *
 * @param ec2 - The EC2 client.
 * @returns The {@link NetworkingService}.
 */
export function createEc2Networking(ec2: QueryClient): NetworkingService {
  const act = async (action: string, params: Record<string, string>, signal?: AbortSignal) => {
    await ec2.call(action, params, { signal });
  };
  const service: NetworkingService = {
    listNetworks: (signal) => listNetworks(ec2, signal),
    getNetwork: (id, signal) => getNetwork(ec2, id, signal),
    createNetwork: (options, signal) => createNetwork(ec2, options, signal),
    deleteNetwork: (id, signal) => act('DeleteVpc', { VpcId: id }, signal),
    listSubnets: (signal) => listSubnets(ec2, signal),
    getSubnet: (id, signal) => getSubnet(ec2, id, signal),
    createSubnet: (options, signal) => createSubnet(ec2, options, signal),
    deleteSubnet: (id, signal) => act('DeleteSubnet', { SubnetId: id }, signal),
    listRouters: (signal) => routers.listRouters(ec2, signal),
    getRouter: (id, signal) => routers.getRouter(ec2, id, signal),
    createRouter: (options, signal) => routers.createRouter(ec2, options, signal),
    deleteRouter: (id, signal) => routers.deleteRouter(ec2, id, signal),
    setRouterGateway: (id, networkId, signal) => routers.setRouterGateway(ec2, id, networkId, signal),
    listRouterSubnets: (id, signal) => listRouterSubnets(ec2, id, signal),
    addRouterSubnet: (id, subnetId, signal) => addRouterSubnet(ec2, id, subnetId, signal),
    removeRouterSubnet: (id, subnetId, signal) => removeRouterSubnet(ec2, id, subnetId, signal),
    listPorts: (filter, signal) => listPorts(ec2, filter, signal),
    getPort: (id, signal) => getPort(ec2, id, signal),
    createPort: (options, signal) => createPort(ec2, options, signal),
    deletePort: (id, signal) => act('DeleteNetworkInterface', { NetworkInterfaceId: id }, signal),
  };
  return Object.freeze(service);
}
