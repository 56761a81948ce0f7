/**
 * A public address that can be moved between ports (a floating IP, an elastic IP).
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface FloatingIp<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The public address. */
  readonly address: string;
  /** The external network (pool) it comes from. */
  readonly networkId: string;
  /** The port it points at, when associated. */
  readonly portId: string | undefined;
  /** The private address it points at, when associated. */
  readonly fixedIpAddress: string | undefined;
  /** The provider's status, e.g. `ACTIVE` or `DOWN`. */
  readonly status: string;
  /** The description given at allocation, where the provider keeps one. */
  readonly description?: string | undefined;
  /**
   * The ownership marks when the provider's answer carries them (Neutron tags); `undefined` when the driver would
   * need another request (`marks.getMarks` reads them then).
   */
  readonly marks?: readonly string[] | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** The portable arguments of `allocateFloatingIp`. */
export interface AllocateFloatingIpOptions {
  /** The external network (pool) to take the address from. */
  readonly networkId: string;
  /** Associate it with this port at once. */
  readonly portId?: string | undefined;
  /** A description. */
  readonly description?: string | undefined;
  /**
   * Ownership marks to give the object. A provider that can tag in the create call writes them there (EC2:
   * `TagSpecification`), so no crash can leave the object without them; otherwise the driver writes them right
   * after the create, before it returns (OpenStack: Neutron takes tags only on an existing object).
   */
  readonly marks?: readonly string[] | undefined;
}
