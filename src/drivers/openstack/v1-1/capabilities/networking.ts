import type { Network, Port, Router, Subnet } from '../../../../compute/models/network.ts';
import type { NetworkingService } from '../../../../compute/services/networking.ts';
import type { ServiceResolver } from '../../bind.ts';
import { createNetwork, deleteNetwork, getNetwork, listNetworks } from '../../network/networks/operations.ts';
import type { Network as NeutronNetwork } from '../../network/networks/types.ts';
import { createPort, deletePort, getPort, listPorts } from '../../network/ports/operations.ts';
import type { Port as NeutronPort } from '../../network/ports/types.ts';
import {
  addRouterInterface,
  createRouter,
  deleteRouter,
  getRouter,
  listRouterInterfaces,
  listRouters,
  removeRouterInterface,
  updateRouter,
} from '../../network/routers/operations.ts';
import type { Router as NeutronRouter } from '../../network/routers/types.ts';
import { createSubnet, deleteSubnet, getSubnet, listSubnets } from '../../network/subnets/operations.ts';
import type { Subnet as NeutronSubnet } from '../../network/subnets/types.ts';
import { mapList, orAbsent } from './absent.ts';

/** @param n - A Neutron network. @returns The portable network (Neutron's record in `extra`). */
export function toNetwork(n: NeutronNetwork): Network<NeutronNetwork> {
  return Object.freeze({
    marks: n.tags,
    id: n.id,
    name: n.name,
    status: n.status,
    external: n.external,
    subnetIds: n.subnetIds,
    description: n.description,
    extra: n,
  });
}

/** @param s - A Neutron subnet. @returns The portable subnet. */
export function toSubnet(s: NeutronSubnet): Subnet<NeutronSubnet> {
  return Object.freeze({
    marks: s.tags,
    id: s.id,
    name: s.name,
    networkId: s.networkId,
    cidr: s.cidr,
    ipVersion: s.ipVersion,
    gatewayIp: s.gatewayIp,
    extra: s,
  });
}

/** @param r - A Neutron router. @returns The portable router. */
export function toRouter(r: NeutronRouter): Router<NeutronRouter> {
  return Object.freeze({
    marks: r.tags,
    id: r.id,
    name: r.name,
    status: r.status,
    externalNetworkId: r.externalGateway?.networkId,
    description: r.description,
    extra: r,
  });
}

/** @param p - A Neutron port. @returns The portable port. */
export function toPort(p: NeutronPort): Port<NeutronPort> {
  return Object.freeze({
    marks: p.tags,
    id: p.id,
    name: p.name,
    networkId: p.networkId,
    deviceId: p.deviceId,
    status: p.status,
    macAddress: p.macAddress,
    fixedIps: p.fixedIps,
    securityGroupIds: p.securityGroupIds,
    extra: p,
  });
}

/**
 * The portable networking service of the OpenStack driver, over Neutron.
 *
 * @param neutron - Resolves the network client.
 * @returns The {@link NetworkingService}.
 */
export function createNetworking(neutron: ServiceResolver): NetworkingService {
  const service: NetworkingService = {
    listNetworks: (signal?: AbortSignal) =>
      mapList(
        lazy(neutron, signal, (c) => listNetworks(c, {}, signal)),
        toNetwork,
      ),
    getNetwork: async (id: string, signal?: AbortSignal) =>
      orAbsent(async () => toNetwork(await getNetwork(await neutron(signal), id, signal))),
    createNetwork: async (options, signal?: AbortSignal) =>
      toNetwork(await createNetwork(await neutron(signal), options, signal)),
    deleteNetwork: async (id: string, signal?: AbortSignal) =>
      deleteNetwork(await neutron(signal), id, signal),
    listSubnets: (signal?: AbortSignal) =>
      mapList(
        lazy(neutron, signal, (c) => listSubnets(c, {}, signal)),
        toSubnet,
      ),
    getSubnet: async (id: string, signal?: AbortSignal) =>
      orAbsent(async () => toSubnet(await getSubnet(await neutron(signal), id, signal))),
    createSubnet: async (options, signal?: AbortSignal) =>
      toSubnet(await createSubnet(await neutron(signal), options, signal)),
    deleteSubnet: async (id: string, signal?: AbortSignal) => deleteSubnet(await neutron(signal), id, signal),
    listRouters: (signal?: AbortSignal) =>
      mapList(
        lazy(neutron, signal, (c) => listRouters(c, {}, signal)),
        toRouter,
      ),
    getRouter: async (id: string, signal?: AbortSignal) =>
      orAbsent(async () => toRouter(await getRouter(await neutron(signal), id, signal))),
    createRouter: async (options, signal?: AbortSignal) =>
      toRouter(await createRouter(await neutron(signal), options, signal)),
    deleteRouter: async (id: string, signal?: AbortSignal) => deleteRouter(await neutron(signal), id, signal),
    setRouterGateway: async (routerId: string, networkId: string | null, signal?: AbortSignal) =>
      toRouter(await updateRouter(await neutron(signal), routerId, { externalNetworkId: networkId }, signal)),
    listRouterSubnets: async (routerId: string, signal?: AbortSignal) => {
      const subnets: string[] = [];
      for await (const port of listRouterInterfaces(await neutron(signal), routerId, signal)) {
        for (const ip of port.fixedIps) subnets.push(ip.subnetId);
      }
      return [...new Set(subnets)];
    },
    addRouterSubnet: async (routerId: string, subnetId: string, signal?: AbortSignal) => {
      await addRouterInterface(await neutron(signal), routerId, { subnetId }, signal);
    },
    removeRouterSubnet: async (routerId: string, subnetId: string, signal?: AbortSignal) => {
      await removeRouterInterface(await neutron(signal), routerId, { subnetId }, signal);
    },
    listPorts: (filter = {}, signal?: AbortSignal) =>
      mapList(
        lazy(neutron, signal, (c) =>
          listPorts(c, { networkId: filter.networkId, deviceId: filter.deviceId }, signal),
        ),
        toPort,
      ),
    getPort: async (id: string, signal?: AbortSignal) =>
      orAbsent(async () => toPort(await getPort(await neutron(signal), id, signal))),
    createPort: async (options, signal?: AbortSignal) =>
      toPort(await createPort(await neutron(signal), options, signal)),
    deletePort: async (id: string, signal?: AbortSignal) => deletePort(await neutron(signal), id, signal),
  };
  return Object.freeze(service);
}

/**
 * Resolves the client on first iteration, then walks the list.
 *
 * @param service - Resolves the client.
 * @param signal - Aborts the resolution.
 * @param list - Starts the list with the client.
 * @returns The items, lazily.
 */
export async function* lazy<T>(
  service: ServiceResolver,
  signal: AbortSignal | undefined,
  list: (client: Awaited<ReturnType<ServiceResolver>>) => AsyncIterable<T>,
): AsyncGenerator<T> {
  yield* list(await service(signal));
}
