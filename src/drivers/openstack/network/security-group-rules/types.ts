/** A security group rule. */
export interface SecurityGroupRule {
  /** The rule UUID. */
  readonly id: string;
  /** The group it belongs to. */
  readonly securityGroupId: string;
  /** `ingress` or `egress`. */
  readonly direction: 'ingress' | 'egress';
  /** `IPv4` or `IPv6`. */
  readonly ethertype: string;
  /** `tcp`, `udp`, `icmp`, a number, or `undefined` for any. */
  readonly protocol: string | undefined;
  /** First port (or ICMP type). */
  readonly portRangeMin: number | undefined;
  /** Last port (or ICMP code). */
  readonly portRangeMax: number | undefined;
  /** The remote CIDR. */
  readonly remoteIpPrefix: string | undefined;
  /** The remote group. */
  readonly remoteGroupId: string | undefined;
  /** The description. */
  readonly description: string | undefined;
}

/** Filters and page size for {@link "drivers/openstack/network"!listSecurityGroupRules}. */
export interface ListSecurityGroupRulesOptions {
  /** Only rules of this group. */
  readonly securityGroupId?: string | undefined;
  /** Direction filter. */
  readonly direction?: 'ingress' | 'egress' | undefined;
  /** Protocol filter. */
  readonly protocol?: string | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** What {@link "drivers/openstack/network"!createSecurityGroupRule} sends. */
export interface CreateSecurityGroupRuleOptions {
  /** The group to add the rule to. */
  readonly securityGroupId: string;
  /** @defaultValue `'ingress'` */
  readonly direction?: 'ingress' | 'egress' | undefined;
  /** @defaultValue `'IPv4'` */
  readonly ethertype?: 'IPv4' | 'IPv6' | undefined;
  /** `tcp`, `udp`, `icmp`, … omitted for any protocol. */
  readonly protocol?: string | undefined;
  /** First port, or a single port. */
  readonly portRangeMin?: number | undefined;
  /** Last port. @defaultValue `portRangeMin` */
  readonly portRangeMax?: number | undefined;
  /** Remote CIDR, e.g. `0.0.0.0/0` (exclusive with `remoteGroupId`). */
  readonly remoteIpPrefix?: string | undefined;
  /** Remote group (exclusive with `remoteIpPrefix`). */
  readonly remoteGroupId?: string | undefined;
  /** A description. */
  readonly description?: string | undefined;
}
