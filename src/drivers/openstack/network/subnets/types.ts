/** An allocation pool of a subnet. */
export interface AllocationPool {
  /** First address. */
  readonly start: string;
  /** Last address. */
  readonly end: string;
}

/** A Neutron subnet. */
export interface Subnet {
  /** The subnet UUID. */
  readonly id: string;
  /** The tags (Neutron `standard-attr-tag`), or `undefined` when the answer carries none. */
  readonly tags: readonly string[] | undefined;
  /** The name (may be empty). */
  readonly name: string;
  /** The network it belongs to. */
  readonly networkId: string;
  /** The CIDR, e.g. `10.0.0.0/24`. */
  readonly cidr: string;
  /** 4 or 6. */
  readonly ipVersion: number;
  /** The gateway address, or `undefined` for none. */
  readonly gatewayIp: string | undefined;
  /** Whether DHCP is enabled. */
  readonly enableDhcp: boolean;
  /** Address ranges handed out to ports. */
  readonly allocationPools: readonly AllocationPool[];
  /** DNS servers handed out by DHCP. */
  readonly dnsNameservers: readonly string[];
  /** The owning project. */
  readonly projectId: string | undefined;
}

/** Filters and page size for {@link "drivers/openstack/network"!listSubnets}. */
export interface ListSubnetsOptions {
  /** Only subnets of this network. */
  readonly networkId?: string | undefined;
  /** Exact name. */
  readonly name?: string | undefined;
  /** Exact CIDR. */
  readonly cidr?: string | undefined;
  /** 4 or 6. */
  readonly ipVersion?: 4 | 6 | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** What {@link "drivers/openstack/network"!createSubnet} sends. */
export interface CreateSubnetOptions {
  /** The network to create it on. */
  readonly networkId: string;
  /** The CIDR, e.g. `10.0.0.0/24`. */
  readonly cidr: string;
  /** The name. */
  readonly name?: string | undefined;
  /** @defaultValue 4 */
  readonly ipVersion?: 4 | 6 | undefined;
  /** The gateway; `null` for no gateway. @defaultValue the first address */
  readonly gatewayIp?: string | null | undefined;
  /** @defaultValue `true` */
  readonly enableDhcp?: boolean | undefined;
  /** DNS servers. */
  readonly dnsNameservers?: readonly string[] | undefined;
  /** Address ranges. */
  readonly allocationPools?: readonly AllocationPool[] | undefined;
}

/** What {@link "drivers/openstack/network"!updateSubnet} changes. */
export interface UpdateSubnetOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** Turn DHCP on or off. */
  readonly enableDhcp?: boolean | undefined;
  /** Replace the DNS servers. */
  readonly dnsNameservers?: readonly string[] | undefined;
  /** A new gateway; `null` removes it. */
  readonly gatewayIp?: string | null | undefined;
}
