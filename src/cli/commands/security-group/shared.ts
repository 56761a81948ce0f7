// What the `security group` commands share: the rule row, the id-or-name lookup, `--dst-port`.
import type { SecurityGroupRule } from '../../../drivers/openstack/network/security-group-rules/types.ts';
import type { SecurityGroup } from '../../../drivers/openstack/network/security-groups/types.ts';
import type { OpenStackNodeDriver } from '../../../drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import { found } from '../../found.ts';
import type { Column } from '../../output.ts';

/** A row of `security group rule list`. */
export interface RuleRow {
  readonly id: string;
  readonly protocol: string;
  readonly ipRange: string;
  readonly portRange: string;
  readonly direction: string;
  readonly ethertype: string;
}

/** The columns of `security group rule list`. */
export const RULE_COLUMNS: readonly Column<RuleRow>[] = [
  { key: 'id', header: 'ID' },
  { key: 'protocol', header: 'IP Protocol' },
  { key: 'ipRange', header: 'IP Range' },
  { key: 'portRange', header: 'Port Range' },
  { key: 'direction', header: 'Direction' },
  { key: 'ethertype', header: 'Ethertype' },
];

/**
 * @param r - The rule.
 * @returns Its row as the `openstack` CLI prints it (ports as `min:max`, remote as a range or a group).
 */
export function ruleRow(r: SecurityGroupRule): RuleRow {
  const ports = r.portRangeMin === undefined ? '' : `${r.portRangeMin}:${r.portRangeMax ?? r.portRangeMin}`;
  return {
    id: r.id,
    protocol: r.protocol ?? 'any',
    ipRange: r.remoteIpPrefix ?? (r.remoteGroupId ? `group ${r.remoteGroupId}` : ''),
    portRange: ports,
    direction: r.direction,
    ethertype: r.ethertype,
  };
}

/**
 * Finds a security group by id or name; it must exist.
 *
 * @param driver - The driver.
 * @param ref - An id or a name.
 * @returns The group.
 */
export function findGroup(driver: OpenStackNodeDriver, ref: string): Promise<SecurityGroup> {
  return found(driver.ext.securityGroups.findSecurityGroup(ref), 'security group', ref);
}

/**
 * Parses `--dst-port 22` or `--dst-port 8000:8080`.
 *
 * @param value - The flag value.
 * @returns The first and last port.
 * @throws {@link ConfigurationError} for anything else.
 */
export function portRange(value: string | undefined): { min?: number; max?: number } {
  if (value === undefined) return {};
  const match = /^(\d+)(?::(\d+))?$/.exec(value);
  if (match === null)
    throw new ConfigurationError(`\`--dst-port\` takes a port or a range like 8000:8080, got ${value}`);
  return { min: Number(match[1]), max: Number(match[2] ?? match[1]) };
}
