/**
 * A network interface of a server (`os-interface`).
 *
 * @see https://docs.openstack.org/api-ref/compute/#port-interfaces-servers-os-interface
 */
export interface ServerInterface {
  /** The Neutron port id. */
  readonly portId: string;
  /** The network id. */
  readonly networkId: string;
  /** The MAC address. */
  readonly macAddr: string | undefined;
  /** The port state, e.g. `ACTIVE`. */
  readonly portState: string | undefined;
  /** Fixed IPs with their subnets. */
  readonly fixedIps: readonly { readonly subnetId: string; readonly ipAddress: string }[];
  /** The device tag (2.70+). */
  readonly tag: string | undefined;
}

/** What to attach: an existing port, or a new port on a network (optionally with a fixed IP). */
export type AttachInterfaceOptions =
  | { readonly portId: string; readonly tag?: string | undefined }
  | { readonly networkId: string; readonly fixedIp?: string | undefined; readonly tag?: string | undefined };
