/** One rule of a security group. */
export interface SecurityGroupRule {
  /** The provider's identifier. */
  readonly id: string;
  /** The group it belongs to. */
  readonly securityGroupId: string;
  /** Traffic into (`ingress`) or out of (`egress`) the node. */
  readonly direction: 'ingress' | 'egress';
  /** `IPv4` or `IPv6`. */
  readonly ethertype: string;
  /** `tcp`, `udp`, `icmp`…; `undefined` for any. */
  readonly protocol: string | undefined;
  /** The first port, when the rule has a port range. */
  readonly portRangeMin: number | undefined;
  /** The last port, when the rule has a port range. */
  readonly portRangeMax: number | undefined;
  /** The remote address range, e.g. `0.0.0.0/0`. */
  readonly remoteIpPrefix: string | undefined;
  /** The remote security group, when the rule names one. */
  readonly remoteGroupId: string | undefined;
}

/**
 * A security group (a stateful firewall applied to ports) as plain readonly data.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface SecurityGroup<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** The description. */
  readonly description: string | undefined;
  /** Its rules. */
  readonly rules: readonly SecurityGroupRule[];
  /**
   * The ownership marks when the provider's answer carries them (Neutron tags); `undefined` when the driver would
   * need another request (`marks.getMarks` reads them then).
   */
  readonly marks?: readonly string[] | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** The portable arguments of `createSecurityGroup`. */
export interface CreateSecurityGroupOptions {
  /** The display name. */
  readonly name: string;
  /** A description. */
  readonly description?: string | undefined;
  /**
   * The network the group is for, on providers where groups belong to a network (EC2: the VPC; without it EC2
   * uses the region's default VPC). OpenStack groups are project-wide and ignore it.
   */
  readonly networkId?: string | undefined;
  /**
   * Ownership marks to give the object. A provider that can tag in the create call writes them there (EC2:
   * `TagSpecification`), so no crash can leave the object without them; otherwise the driver writes them right
   * after the create, before it returns (OpenStack: Neutron takes tags only on an existing object).
   */
  readonly marks?: readonly string[] | undefined;
}

/** The portable arguments of `createSecurityGroupRule`. */
export interface CreateSecurityGroupRuleOptions {
  /** The group to add the rule to. */
  readonly securityGroupId: string;
  /** @defaultValue `'ingress'` */
  readonly direction?: 'ingress' | 'egress' | undefined;
  /** @defaultValue `'IPv4'` */
  readonly ethertype?: 'IPv4' | 'IPv6' | undefined;
  /** `tcp`, `udp`, `icmp`…; omit for any. */
  readonly protocol?: string | undefined;
  /** The first port. */
  readonly portRangeMin?: number | undefined;
  /** The last port. */
  readonly portRangeMax?: number | undefined;
  /** The remote address range. */
  readonly remoteIpPrefix?: string | undefined;
  /** A remote security group instead of a range. */
  readonly remoteGroupId?: string | undefined;
}
