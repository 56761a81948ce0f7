/** A fixed address of a port. */
export interface FixedIp {
  /** The subnet the address is from. */
  readonly subnetId: string;
  /** The address. */
  readonly ipAddress: string;
}

/** A Neutron port: a server's (or router's) attachment point on a network. */
export interface Port {
  /** The port UUID. */
  readonly id: string;
  /** The tags (Neutron `standard-attr-tag`), or `undefined` when the answer carries none. */
  readonly tags: readonly string[] | undefined;
  /** The name (may be empty). */
  readonly name: string;
  /** The network it is on. */
  readonly networkId: string;
  /** The MAC address. */
  readonly macAddress: string;
  /** `ACTIVE`, `DOWN`, `BUILD` or `ERROR`. */
  readonly status: string;
  /** The server or router using it; empty when unbound. */
  readonly deviceId: string;
  /** `compute:<zone>` for servers, `network:router_interface`, `network:dhcp`, … */
  readonly deviceOwner: string;
  /** Its addresses. */
  readonly fixedIps: readonly FixedIp[];
  /** The security groups applied to it. */
  readonly securityGroupIds: readonly string[];
  /** Whether the port is administratively up. */
  readonly adminStateUp: boolean;
  /** The owning project. */
  readonly projectId: string | undefined;
}

/** Filters and page size for {@link "drivers/openstack/network"!listPorts}. */
export interface ListPortsOptions {
  /** Only ports on this network. */
  readonly networkId?: string | undefined;
  /** Only ports of this device (a server or router id). */
  readonly deviceId?: string | undefined;
  /** Only ports with this owner, e.g. `network:router_interface`. */
  readonly deviceOwner?: string | undefined;
  /** Exact name. */
  readonly name?: string | undefined;
  /** Exact MAC address. */
  readonly macAddress?: string | undefined;
  /** Only these ports (one request for many ids). */
  readonly ids?: readonly string[] | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** What {@link "drivers/openstack/network"!createPort} sends. */
export interface CreatePortOptions {
  /** The network. */
  readonly networkId: string;
  /** The name. */
  readonly name?: string | undefined;
  /** Chosen addresses: a subnet, an address, or both. */
  readonly fixedIps?: readonly { readonly subnetId?: string; readonly ipAddress?: string }[] | undefined;
  /** Security groups. @defaultValue the project's `default` group */
  readonly securityGroupIds?: readonly string[] | undefined;
  /** @defaultValue `true` */
  readonly adminStateUp?: boolean | undefined;
}

/** What {@link "drivers/openstack/network"!updatePort} changes. */
export interface UpdatePortOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** Replace the security groups. */
  readonly securityGroupIds?: readonly string[] | undefined;
  /** Administrative state. */
  readonly adminStateUp?: boolean | undefined;
}
