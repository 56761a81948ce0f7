import { requireId } from '../../../document/resolver.ts';
import type { RuleSpec } from '../../../document/types.ts';
import type { DirectPorts } from '../ports.ts';
import type { AdapterOf } from './adapter-type.ts';

function sameRule(a: RuleSpec, b: RuleSpec): boolean {
  return (
    a.direction === b.direction &&
    a.ethertype === b.ethertype &&
    (a.protocol ?? null) === (b.protocol ?? null) &&
    (a.portMin ?? null) === (b.portMin ?? null) &&
    (a.portMax ?? null) === (b.portMax ?? null) &&
    (a.remoteIpPrefix ?? null) === (b.remoteIpPrefix ?? null)
  );
}

function describeRule(rule: RuleSpec): string {
  const ports = rule.portMin === undefined ? '' : ` ${rule.portMin}-${rule.portMax ?? rule.portMin}`;
  return `add ${rule.direction} ${rule.protocol ?? 'any'}${ports} from ${rule.remoteIpPrefix ?? 'anywhere'}`;
}

/**
 * The security group adapter: the group is created, then the rules it lacks are added (rules it has beyond the
 * document, such as the provider's default egress rules, are left alone).
 *
 * @param ports - The provider calls.
 * @returns The adapter.
 */
export function securityGroupAdapter(ports: DirectPorts): AdapterOf<'securityGroup', 'securityGroups'> {
  const groups = ports.securityGroups;
  return {
    collection: groups,
    markStyle: 'description',
    waitGone: false,
    attributes: () => ({}),
    body: async (spec, mark, resolver, signal) => {
      const network = spec.properties.network;
      const networkId =
        network === undefined ? undefined : await requireId(resolver, network, 'network', signal);
      return { name: spec.cloudName, description: mark.description, networkId };
    },
    converge: async (spec, group) => {
      const missing = spec.properties.rules.filter(
        (rule) => !group.rules.some((have) => sameRule(rule, have)),
      );
      if (missing.length === 0) return { changes: [] };
      return {
        changes: missing.map(describeRule),
        apply: async (signal) => {
          for (const rule of missing) await groups.addRule(group.id, rule, signal);
        },
      };
    },
  };
}
