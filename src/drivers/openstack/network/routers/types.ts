import type { FixedIp } from '../ports/types.ts';

/** A router's connection to an external network. */
export interface ExternalGateway {
  /** The external network. */
  readonly networkId: string;
  /** Whether SNAT is on (admins only see it on some clouds). */
  readonly enableSnat: boolean | undefined;
  /** The router's addresses on the external network. */
  readonly externalFixedIps: readonly FixedIp[];
}

/** A Neutron router. */
export interface Router {
  /** The router UUID. */
  readonly id: string;
  /** The tags (Neutron `standard-attr-tag`), or `undefined` when the answer carries none. */
  readonly tags: readonly string[] | undefined;
  /** The name (may be empty). */
  readonly name: string;
  /** `ACTIVE`, `DOWN`, … */
  readonly status: string;
  /** Whether the router is administratively up. */
  readonly adminStateUp: boolean;
  /** The external gateway, or `undefined` when it has none. */
  readonly externalGateway: ExternalGateway | undefined;
  /** The owning project. */
  readonly projectId: string | undefined;
  /** The description. */
  readonly description: string | undefined;
}

/** Filters and page size for {@link "drivers/openstack/network"!listRouters}. */
export interface ListRoutersOptions {
  /** Exact name. */
  readonly name?: string | undefined;
  /** Owning project. */
  readonly projectId?: string | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** What {@link "drivers/openstack/network"!createRouter} sends. */
export interface CreateRouterOptions {
  /** The name. */
  readonly name: string;
  /** Connect it to this external network (its gateway). */
  readonly externalNetworkId?: string | undefined;
  /** @defaultValue `true` */
  readonly adminStateUp?: boolean | undefined;
  /** A description. */
  readonly description?: string | undefined;
}

/** What {@link "drivers/openstack/network"!updateRouter} changes. */
export interface UpdateRouterOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** Set the gateway to this external network, or `null` to clear it. */
  readonly externalNetworkId?: string | null | undefined;
  /** Administrative state. */
  readonly adminStateUp?: boolean | undefined;
}

/** What to plug into a router: a subnet (the router takes its gateway address) or an existing port. */
export type RouterInterfaceTarget = { readonly subnetId: string } | { readonly portId: string };

/** The answer to adding or removing an interface. */
export interface RouterInterface {
  /** The router. */
  readonly routerId: string;
  /** The interface's port. */
  readonly portId: string;
  /** The subnet. */
  readonly subnetId: string;
}
