// Security group rules: EC2's per-rule records (DescribeSecurityGroupRules) and IpPermissions to make them.
import type {
  CreateSecurityGroupRuleOptions,
  SecurityGroupRule,
} from '../../../compute/models/security-group.ts';
import type { QueryParam } from '../client/query.ts';
import { childOf, numberOf, requireText, textOf, type XmlNode } from '../client/xml.ts';

const PROTOCOLS: Readonly<Record<string, string>> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };
const PORTED = new Set(['tcp', 'udp']);

function port(value: number | undefined): number | undefined {
  return value === undefined || value < 0 ? undefined : value;
}

/**
 * Reads one rule of `DescribeSecurityGroupRules` (or of an `Authorize*` answer).
 *
 * @param item - A `securityGroupRuleSet` item.
 * @returns The portable rule: protocol `-1` is "any" (`undefined`); a TCP/UDP rule over every port has no
 * range, as in OpenStack.
 */
export function toRule(item: XmlNode): SecurityGroupRule {
  const raw = textOf(item, 'ipProtocol') ?? '-1';
  const protocol = raw === '-1' ? undefined : (PROTOCOLS[raw] ?? raw);
  let min = port(numberOf(item, 'fromPort'));
  let max = port(numberOf(item, 'toPort'));
  if (protocol !== undefined && PORTED.has(protocol) && min === 0 && max === 65535) {
    min = undefined;
    max = undefined;
  }
  const v6 = textOf(item, 'cidrIpv6');
  return Object.freeze({
    id: requireText(item, 'securityGroupRuleId', 'securityGroupRule'),
    securityGroupId: requireText(item, 'groupId', 'securityGroupRule'),
    direction: textOf(item, 'isEgress') === 'true' ? 'egress' : 'ingress',
    ethertype: v6 === undefined ? 'IPv4' : 'IPv6',
    protocol,
    portRangeMin: min,
    portRangeMax: max,
    remoteIpPrefix: textOf(item, 'cidrIpv4') ?? v6,
    remoteGroupId: textOf(childOf(item, 'referencedGroupInfo') ?? {}, 'groupId'),
  });
}

function ports(options: CreateSecurityGroupRuleOptions): { FromPort?: number; ToPort?: number } {
  const protocol = options.protocol ?? '-1';
  if (PORTED.has(protocol)) {
    const from = options.portRangeMin ?? 0;
    return {
      FromPort: from,
      ToPort: options.portRangeMax ?? (options.portRangeMin === undefined ? 65535 : from),
    };
  }
  if (protocol.startsWith('icmp'))
    return { FromPort: options.portRangeMin ?? -1, ToPort: options.portRangeMax ?? -1 };
  return {};
}

/**
 * Builds one `IpPermissions` entry from a portable rule (no remote range and no remote group = anywhere).
 *
 * @param options - The rule.
 * @returns The entry.
 */
export function toPermission(options: CreateSecurityGroupRuleOptions): QueryParam {
  const v6 = options.ethertype === 'IPv6';
  const group = options.remoteGroupId;
  const prefix = options.remoteIpPrefix ?? (group === undefined ? (v6 ? '::/0' : '0.0.0.0/0') : undefined);
  return {
    IpProtocol: options.protocol ?? '-1',
    ...ports(options),
    IpRanges: prefix !== undefined && !v6 ? [{ CidrIp: prefix }] : undefined,
    Ipv6Ranges: prefix !== undefined && v6 ? [{ CidrIpv6: prefix }] : undefined,
    Groups: group === undefined ? undefined : [{ GroupId: group }],
  };
}

/**
 * @param rule - A rule EC2 reported.
 * @param options - The rule asked for.
 * @returns Whether they are the same rule.
 */
export function sameRule(rule: SecurityGroupRule, options: CreateSecurityGroupRuleOptions): boolean {
  const v6 = options.ethertype === 'IPv6';
  const prefix =
    options.remoteIpPrefix ?? (options.remoteGroupId === undefined ? (v6 ? '::/0' : '0.0.0.0/0') : undefined);
  const ported = options.protocol !== undefined && PORTED.has(options.protocol);
  const min = ported && options.portRangeMin === undefined ? undefined : options.portRangeMin;
  return (
    rule.direction === (options.direction ?? 'ingress') &&
    rule.protocol === options.protocol &&
    rule.portRangeMin === min &&
    rule.portRangeMax === (options.portRangeMax ?? min) &&
    rule.remoteIpPrefix === prefix &&
    rule.remoteGroupId === options.remoteGroupId
  );
}
