/**
 * A virtual network as plain readonly data.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface Network<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** The provider's status, e.g. `ACTIVE`. */
  readonly status: string;
  /** Whether this network reaches outside the cloud (a floating IP pool, a router gateway). */
  readonly external: boolean;
  /** The subnets on this network. */
  readonly subnetIds: readonly string[];
  /**
   * The ownership marks when the provider's answer carries them (Neutron tags); `undefined` when the driver would
   * need another request (`marks.getMarks` reads them then).
   */
  readonly marks?: readonly string[] | undefined;
  /** The description, where the provider keeps one. */
  readonly description?: string | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/**
 * An IP range on a network.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface Subnet<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** The network it belongs to. */
  readonly networkId: string;
  /** The range, e.g. `10.0.0.0/24`. */
  readonly cidr: string;
  /** 4 or 6. */
  readonly ipVersion: number;
  /** The gateway address, when there is one. */
  readonly gatewayIp: string | undefined;
  /**
   * The ownership marks when the provider's answer carries them (Neutron tags); `undefined` when the driver would
   * need another request (`marks.getMarks` reads them then).
   */
  readonly marks?: readonly string[] | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/**
 * A router between subnets and, through its gateway, an external network.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface Router<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** The provider's status, e.g. `ACTIVE`. */
  readonly status: string;
  /** The external network of the gateway, when one is set. */
  readonly externalNetworkId: string | undefined;
  /**
   * The ownership marks when the provider's answer carries them (Neutron tags); `undefined` when the driver would
   * need another request (`marks.getMarks` reads them then).
   */
  readonly marks?: readonly string[] | undefined;
  /** The description, where the provider keeps one. */
  readonly description?: string | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** One address of a port. */
export interface PortAddress {
  /** The subnet the address is on. */
  readonly subnetId: string;
  /** The address. */
  readonly ipAddress: string;
}

/**
 * A network interface (a port) as plain readonly data.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface Port<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** The network it is on. */
  readonly networkId: string;
  /** The node (or router…) using it; empty when unbound. */
  readonly deviceId: string;
  /** The provider's status, e.g. `ACTIVE` or `DOWN`. */
  readonly status: string;
  /** The MAC address. */
  readonly macAddress: string;
  /** Its addresses. */
  readonly fixedIps: readonly PortAddress[];
  /** The security groups applied to it. */
  readonly securityGroupIds: readonly string[];
  /**
   * The ownership marks when the provider's answer carries them (Neutron tags); `undefined` when the driver would
   * need another request (`marks.getMarks` reads them then).
   */
  readonly marks?: readonly string[] | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** The portable arguments of `createNetwork`. */
export interface CreateNetworkOptions {
  /** The display name. */
  readonly name: string;
  /** A description. */
  readonly description?: string | undefined;
  /**
   * The whole address range, on providers where a network has one (EC2: the VPC's block). OpenStack networks
   * have no range of their own and ignore it. @defaultValue the provider's choice (EC2: `10.0.0.0/16`, grown
   * by a `/16` for each subnet outside it)
   */
  readonly cidr?: string | undefined;
  /**
   * Ownership marks to give the object. A provider that can tag in the create call writes them there (EC2:
   * `TagSpecification`), so no crash can leave the object without them; otherwise the driver writes them right
   * after the create, before it returns (OpenStack: Neutron takes tags only on an existing object).
   */
  readonly marks?: readonly string[] | undefined;
}

/** The portable arguments of `createSubnet`. */
export interface CreateSubnetOptions {
  /** The display name. */
  readonly name: string;
  /** The network to put it on. */
  readonly networkId: string;
  /** The range, e.g. `10.0.0.0/24`. */
  readonly cidr: string;
  /** 4 or 6. @defaultValue 4 */
  readonly ipVersion?: 4 | 6 | undefined;
  /** The gateway address; `null` for none. @defaultValue the first address of the range */
  readonly gatewayIp?: string | null | undefined;
  /** Hand out addresses by DHCP. @defaultValue `true` */
  readonly enableDhcp?: boolean | undefined;
  /** DNS servers handed out by DHCP. */
  readonly dnsNameservers?: readonly string[] | undefined;
  /**
   * Ownership marks to give the object. A provider that can tag in the create call writes them there (EC2:
   * `TagSpecification`), so no crash can leave the object without them; otherwise the driver writes them right
   * after the create, before it returns (OpenStack: Neutron takes tags only on an existing object).
   */
  readonly marks?: readonly string[] | undefined;
}

/** The portable arguments of `createRouter`. */
export interface CreateRouterOptions {
  /** The display name. */
  readonly name: string;
  /** A description (where the provider keeps one). */
  readonly description?: string | undefined;
  /** The external network for the gateway. */
  readonly externalNetworkId?: string | undefined;
  /**
   * Ownership marks to give the object. A provider that can tag in the create call writes them there (EC2:
   * `TagSpecification`), so no crash can leave the object without them; otherwise the driver writes them right
   * after the create, before it returns (OpenStack: Neutron takes tags only on an existing object).
   */
  readonly marks?: readonly string[] | undefined;
}

/** The portable arguments of `createPort`. */
export interface CreatePortOptions {
  /** The display name. */
  readonly name: string;
  /** The network to put it on. */
  readonly networkId: string;
  /** Addresses to ask for (a subnet, an address, or both). */
  readonly fixedIps?: readonly { readonly subnetId?: string; readonly ipAddress?: string }[] | undefined;
  /** Security groups to apply. */
  readonly securityGroupIds?: readonly string[] | undefined;
  /**
   * Ownership marks to give the object. A provider that can tag in the create call writes them there (EC2:
   * `TagSpecification`), so no crash can leave the object without them; otherwise the driver writes them right
   * after the create, before it returns (OpenStack: Neutron takes tags only on an existing object).
   */
  readonly marks?: readonly string[] | undefined;
}

/** Filters of `listPorts`. */
export interface ListPortsFilter {
  /** Only ports on this network. */
  readonly networkId?: string | undefined;
  /** Only ports used by this device (a node id). */
  readonly deviceId?: string | undefined;
}
