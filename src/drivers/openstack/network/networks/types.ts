/** A Neutron network. */
export interface Network {
  /** The network UUID. */
  readonly id: string;
  /** The tags (Neutron `standard-attr-tag`), or `undefined` when the answer carries none. */
  readonly tags: readonly string[] | undefined;
  /** The name (may be empty). */
  readonly name: string;
  /** `ACTIVE`, `DOWN`, `BUILD` or `ERROR`. */
  readonly status: string;
  /** Whether the network is administratively up. */
  readonly adminStateUp: boolean;
  /** Shared with every project. */
  readonly shared: boolean;
  /** An external network (`router:external`): a floating IP pool and router gateway target. */
  readonly external: boolean;
  /** The subnets on it. */
  readonly subnetIds: readonly string[];
  /** The owning project. */
  readonly projectId: string | undefined;
  /** The MTU, when the extension is on. */
  readonly mtu: number | undefined;
  /** The description. */
  readonly description: string | undefined;
  /** `provider:network_type` (admins only). */
  readonly providerNetworkType: string | undefined;
}

/** Filters and page size for {@link "drivers/openstack/network"!listNetworks}. */
export interface ListNetworksOptions {
  /** Exact name. */
  readonly name?: string | undefined;
  /** Only external (`true`) or internal (`false`) networks. */
  readonly external?: boolean | undefined;
  /** Only shared or unshared networks. */
  readonly shared?: boolean | undefined;
  /** Owning project. */
  readonly projectId?: string | undefined;
  /** Status filter. */
  readonly status?: string | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** What {@link "drivers/openstack/network"!createNetwork} sends. */
export interface CreateNetworkOptions {
  /** The name. */
  readonly name: string;
  /** @defaultValue `true` (Neutron's default) */
  readonly adminStateUp?: boolean | undefined;
  /** Share with every project (admin). */
  readonly shared?: boolean | undefined;
  /** Make it an external network (admin). */
  readonly external?: boolean | undefined;
  /** A description. */
  readonly description?: string | undefined;
  /** The MTU. */
  readonly mtu?: number | undefined;
}

/** What {@link "drivers/openstack/network"!updateNetwork} changes. */
export interface UpdateNetworkOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** Administrative state. */
  readonly adminStateUp?: boolean | undefined;
  /** A new description. */
  readonly description?: string | undefined;
}
