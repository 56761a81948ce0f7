/** A Neutron floating IP. */
export interface FloatingIp {
  /** The floating IP UUID. */
  readonly id: string;
  /** The tags (Neutron `standard-attr-tag`), or `undefined` when the answer carries none. */
  readonly tags: readonly string[] | undefined;
  /** The public address. */
  readonly floatingIpAddress: string;
  /** The external network (pool) it was allocated from. */
  readonly floatingNetworkId: string;
  /** The port it is attached to, or `undefined` when free. */
  readonly portId: string | undefined;
  /** The private address it maps to. */
  readonly fixedIpAddress: string | undefined;
  /** The router doing the NAT. */
  readonly routerId: string | undefined;
  /** `ACTIVE`, `DOWN` or `ERROR`. */
  readonly status: string;
  /** The owning project. */
  readonly projectId: string | undefined;
  /** The description. */
  readonly description: string | undefined;
  /**
   * The server using the attached port, from Neutron's `port_details` (no extra request); `undefined` when
   * free, attached to a non-server port, or the cloud lacks the `fip-port-details` extension.
   */
  readonly serverId: string | undefined;
}

/** Filters and page size for {@link "drivers/openstack/network"!listFloatingIps}. */
export interface ListFloatingIpsOptions {
  /** Only addresses from this pool. */
  readonly floatingNetworkId?: string | undefined;
  /** Only those attached to one of these ports. */
  readonly portIds?: readonly string[] | undefined;
  /** Exact address. */
  readonly floatingIpAddress?: string | undefined;
  /** Status filter, e.g. `DOWN` for free ones. */
  readonly status?: string | undefined;
  /** Owning project. */
  readonly projectId?: string | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** What {@link "drivers/openstack/network"!allocateFloatingIp} sends. */
export interface AllocateFloatingIpOptions {
  /** The pool: an external network's UUID. */
  readonly floatingNetworkId: string;
  /** Attach it right away to this port. */
  readonly portId?: string | undefined;
  /** Which of the port's addresses to map. */
  readonly fixedIpAddress?: string | undefined;
  /** Ask for this exact address (admin on most clouds). */
  readonly floatingIpAddress?: string | undefined;
  /** A description. */
  readonly description?: string | undefined;
}

/** What {@link "drivers/openstack/network"!attachFloatingIpToServer} needs. */
export interface AttachToServerOptions {
  /** Use the server's port on this network; required when the server has ports on several networks. */
  readonly networkId?: string | undefined;
  /** Which of the port's addresses to map. @defaultValue its first IPv4 address */
  readonly fixedIpAddress?: string | undefined;
}
