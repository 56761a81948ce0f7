// VPC security groups and their rules (DescribeSecurityGroupRules gives each rule its own id).
import type { SecurityGroup, SecurityGroupRule } from '../../../compute/models/security-group.ts';
import type { SecurityGroupService } from '../../../compute/services/security-groups.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import { ResponseShapeError } from '../../../errors/response-shape-error.ts';
import { paginate, type QueryClient } from '../client/client.ts';
import { filters } from '../client/query.ts';
import { itemsOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';
import { createTags, describe, orAbsent, withMarks } from './common.ts';
import { sameRule, toPermission, toRule } from './rules.ts';

/** EC2's own fields of a security group. */
export interface Ec2SecurityGroupExtra {
  /** The VPC it belongs to. */
  readonly vpcId: string | undefined;
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
}

function toGroup(item: XmlNode, rules: readonly SecurityGroupRule[]): SecurityGroup<Ec2SecurityGroupExtra> {
  const id = requireText(item, 'groupId', 'securityGroup');
  return Object.freeze({
    id,
    name: textOf(item, 'groupName') ?? id,
    description: textOf(item, 'groupDescription'),
    rules: Object.freeze(rules.filter((r) => r.securityGroupId === id)),
    extra: Object.freeze({ vpcId: textOf(item, 'vpcId'), tags: tagsOf(item) }),
  });
}

const ruleList = (ec2: QueryClient, groupId: string | undefined, signal?: AbortSignal) =>
  paginate(
    ec2,
    {
      action: 'DescribeSecurityGroupRules',
      params: groupId === undefined ? {} : { Filter: filters({ 'group-id': [groupId] }) },
      read: (a) => itemsOf(a, 'securityGroupRuleSet').map(toRule),
    },
    signal,
  );

async function* listGroups(ec2: QueryClient, signal?: AbortSignal) {
  const rules = await Array.fromAsync(ruleList(ec2, undefined, signal));
  const read = (a: XmlNode) => itemsOf(a, 'securityGroupInfo');
  for await (const item of paginate(ec2, { action: 'DescribeSecurityGroups', params: {}, read }, signal))
    yield toGroup(item, rules);
}

/**
 * The portable security group service of the EC2 driver. A group belongs to one VPC: `networkId` of the
 * create options names it (without it EC2 uses the region's default VPC).
 *
 * @param ec2 - The EC2 client.
 * @returns The {@link SecurityGroupService}.
 */
export function createEc2SecurityGroups(ec2: QueryClient): SecurityGroupService {
  const getGroup = (id: string, signal?: AbortSignal) =>
    orAbsent(async () => {
      const answer = await describe(ec2, 'DescribeSecurityGroups', { GroupId: [id] }, signal);
      const item = itemsOf(answer, 'securityGroupInfo')[0];
      return item === undefined ? undefined : toGroup(item, await Array.fromAsync(ruleList(ec2, id, signal)));
    });
  const service: SecurityGroupService = {
    listSecurityGroups: (signal) => listGroups(ec2, signal),
    getSecurityGroup: getGroup,
    createSecurityGroup: async (options, signal) => {
      const params = {
        GroupName: options.name,
        GroupDescription: options.description || options.name,
        VpcId: options.networkId,
        TagSpecification: tagSpecification(
          createTags({ Name: options.name }, options.marks),
          'security-group',
        ),
      };
      const id = requireText(
        await ec2.call('CreateSecurityGroup', params, { signal }),
        'groupId',
        'CreateSecurityGroup',
      );
      const group = await getGroup(id, signal);
      return withMarks(group ?? toGroup({ groupId: id, groupName: options.name }, []), options.marks);
    },
    deleteSecurityGroup: async (id, signal) => {
      await ec2.call('DeleteSecurityGroup', { GroupId: id }, { signal });
    },
    createSecurityGroupRule: async (options, signal) => {
      const egress = options.direction === 'egress';
      const action = egress ? 'AuthorizeSecurityGroupEgress' : 'AuthorizeSecurityGroupIngress';
      const params = { GroupId: options.securityGroupId, IpPermissions: [toPermission(options)] };
      const answer = await ec2.call(action, params, { signal });
      const made = itemsOf(answer, 'securityGroupRuleSet').map(toRule)[0];
      if (made !== undefined) return made;
      const all = await Array.fromAsync(ruleList(ec2, options.securityGroupId, signal));
      const found = all.find((r) => sameRule(r, options));
      if (found === undefined)
        throw new ResponseShapeError(`${action}Response.securityGroupRuleSet`, 'the new rule', answer);
      return found;
    },
    deleteSecurityGroupRule: async (id, signal) => {
      const answer = await describe(ec2, 'DescribeSecurityGroupRules', { SecurityGroupRuleId: [id] }, signal);
      const rule = itemsOf(answer, 'securityGroupRuleSet').map(toRule)[0];
      if (rule === undefined) throw new ConfigurationError(`no security group rule ${id}`);
      const egress = rule.direction === 'egress';
      const action = egress ? 'RevokeSecurityGroupEgress' : 'RevokeSecurityGroupIngress';
      await ec2.call(action, { GroupId: rule.securityGroupId, SecurityGroupRuleId: [id] }, { signal });
    },
  };
  return Object.freeze(service);
}
