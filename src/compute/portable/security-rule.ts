/** One security group rule. */
export interface SecurityRule {
  /** `ingress` or `egress`. */
  readonly direction: 'ingress' | 'egress';
  /** `IPv4` or `IPv6`. @defaultValue `'IPv4'` */
  readonly ethertype: 'IPv4' | 'IPv6';
  /** `tcp`, `udp`, `icmp`, a protocol number, or `undefined` for any. */
  readonly protocol: string | undefined;
  /** The first port of the range. */
  readonly portMin: number | undefined;
  /** The last port of the range. */
  readonly portMax: number | undefined;
  /** The remote CIDR, e.g. `0.0.0.0/0`. */
  readonly remoteIpPrefix: string | undefined;
}
