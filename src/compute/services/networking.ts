import type {
  CreateNetworkOptions,
  CreatePortOptions,
  CreateRouterOptions,
  CreateSubnetOptions,
  ListPortsFilter,
  Network,
  Port,
  Router,
  Subnet,
} from '../models/network.ts';

/**
 * Networks, subnets, routers and ports (`driver.networking` when {@link Capability.NETWORKING} is declared).
 *
 * @remarks Getters resolve to `undefined` for a missing resource; deletes reject with the provider's
 * not-found error for one that is already gone (callers that want idempotence check first or catch it).
 */
export interface NetworkingService {
  /** @param signal - Aborts the walk. @returns Every network visible to the caller, lazily. */
  listNetworks(signal?: AbortSignal): AsyncIterable<Network>;
  /** @param id - The id. @param signal - Aborts. @returns The network, or `undefined`. */
  getNetwork(id: string, signal?: AbortSignal): Promise<Network | undefined>;
  /** @param options - Name, description. @param signal - Aborts. @returns The new network. */
  createNetwork(options: CreateNetworkOptions, signal?: AbortSignal): Promise<Network>;
  /** @param id - The id. @param signal - Aborts. @returns Once deleted. */
  deleteNetwork(id: string, signal?: AbortSignal): Promise<void>;
  /** @param signal - Aborts the walk. @returns Every subnet, lazily. */
  listSubnets(signal?: AbortSignal): AsyncIterable<Subnet>;
  /** @param id - The id. @param signal - Aborts. @returns The subnet, or `undefined`. */
  getSubnet(id: string, signal?: AbortSignal): Promise<Subnet | undefined>;
  /** @param options - Network, range, gateway. @param signal - Aborts. @returns The new subnet. */
  createSubnet(options: CreateSubnetOptions, signal?: AbortSignal): Promise<Subnet>;
  /** @param id - The id. @param signal - Aborts. @returns Once deleted. */
  deleteSubnet(id: string, signal?: AbortSignal): Promise<void>;
  /** @param signal - Aborts the walk. @returns Every router, lazily. */
  listRouters(signal?: AbortSignal): AsyncIterable<Router>;
  /** @param id - The id. @param signal - Aborts. @returns The router, or `undefined`. */
  getRouter(id: string, signal?: AbortSignal): Promise<Router | undefined>;
  /** @param options - Name and gateway network. @param signal - Aborts. @returns The new router. */
  createRouter(options: CreateRouterOptions, signal?: AbortSignal): Promise<Router>;
  /** @param id - The id. @param signal - Aborts. @returns Once deleted. */
  deleteRouter(id: string, signal?: AbortSignal): Promise<void>;
  /**
   * Sets or clears a router's external gateway.
   * @param routerId - The router.
   * @param networkId - The external network, or `null` to clear.
   * @param signal - Aborts.
   * @returns The updated router.
   */
  setRouterGateway(routerId: string, networkId: string | null, signal?: AbortSignal): Promise<Router>;
  /**
   * @param routerId - The router.
   * @param signal - Aborts.
   * @returns The subnet ids the router has interfaces on.
   */
  listRouterSubnets(routerId: string, signal?: AbortSignal): Promise<readonly string[]>;
  /** @param routerId - The router. @param subnetId - The subnet. @param signal - Aborts. @returns Once added. */
  addRouterSubnet(routerId: string, subnetId: string, signal?: AbortSignal): Promise<void>;
  /** @param routerId - The router. @param subnetId - The subnet. @param signal - Aborts. @returns Once removed. */
  removeRouterSubnet(routerId: string, subnetId: string, signal?: AbortSignal): Promise<void>;
  /** @param filter - Network or device. @param signal - Aborts the walk. @returns Matching ports, lazily. */
  listPorts(filter?: ListPortsFilter, signal?: AbortSignal): AsyncIterable<Port>;
  /** @param id - The id. @param signal - Aborts. @returns The port, or `undefined`. */
  getPort(id: string, signal?: AbortSignal): Promise<Port | undefined>;
  /** @param options - Network, addresses, groups. @param signal - Aborts. @returns The new port. */
  createPort(options: CreatePortOptions, signal?: AbortSignal): Promise<Port>;
  /** @param id - The id. @param signal - Aborts. @returns Once deleted. */
  deletePort(id: string, signal?: AbortSignal): Promise<void>;
}
