// The EC2 capability services' pure mappings: CIDR maths, tags as marks, rules both ways, and the XML readers.
import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  enclosingBlock,
  gatewayOf,
  marksToTags,
  tagsToMarks,
} from '../../../../../src/drivers/ec2/capabilities/common.ts';
import { toFloatingIp } from '../../../../../src/drivers/ec2/capabilities/floating-ips.ts';
import { toRouter } from '../../../../../src/drivers/ec2/capabilities/routers.ts';
import { sameRule, toPermission, toRule } from '../../../../../src/drivers/ec2/capabilities/rules.ts';
import { toStack } from '../../../../../src/drivers/ec2/capabilities/stacks.ts';
import { parseAnswer } from '../../../../../src/drivers/ec2/client/xml.ts';
import { keepItems } from '../../../../helpers/xml-trim.ts';

describe('EC2 capability mappings', () => {
  it('does CIDR maths for VPC blocks and gateways', () => {
    expect(cidrContains('10.0.0.0/16', '10.0.3.0/24')).toBe(true);
    expect(cidrContains('10.0.0.0/16', '10.1.0.0/24')).toBe(false);
    expect(cidrContains('10.0.0.0/16', '10.0.255.255')).toBe(true);
    expect(cidrContains('10.0.0.0/16', 'nonsense')).toBe(false);
    expect(enclosingBlock('10.61.3.0/24')).toBe('10.61.0.0/16');
    expect(enclosingBlock('10.0.0.0/12')).toBe('10.0.0.0/12');
    expect(gatewayOf('10.61.3.0/24')).toBe('10.61.3.1');
  });

  it('turns marks into tags and back (Name is a name, not a mark)', () => {
    expect(marksToTags(['stratus:d/net', 'owner=me', 'a=b=c'])).toEqual([
      { Key: 'stratus:d/net', Value: '' },
      { Key: 'owner', Value: 'me' },
      { Key: 'a', Value: 'b=c' },
    ]);
    expect(tagsToMarks({ Name: 'web', 'stratus:d/net': '', owner: 'me' })).toEqual([
      'stratus:d/net',
      'owner=me',
    ]);
  });

  it('reads EC2 rules portably and writes IpPermissions', () => {
    const any = toRule({
      securityGroupRuleId: 'sgr-1',
      groupId: 'sg-1',
      isEgress: 'true',
      ipProtocol: '-1',
      fromPort: '-1',
      toPort: '-1',
      cidrIpv4: '0.0.0.0/0',
    });
    expect(any).toMatchObject({
      direction: 'egress',
      protocol: undefined,
      portRangeMin: undefined,
      remoteIpPrefix: '0.0.0.0/0',
    });
    const all = toRule({
      securityGroupRuleId: 'sgr-2',
      groupId: 'sg-1',
      isEgress: 'false',
      ipProtocol: '6',
      fromPort: '0',
      toPort: '65535',
      cidrIpv6: '::/0',
    });
    expect(all).toMatchObject({
      protocol: 'tcp',
      portRangeMin: undefined,
      portRangeMax: undefined,
      ethertype: 'IPv6',
    });
    const ssh = { securityGroupId: 'sg-1', protocol: 'tcp', portRangeMin: 22, remoteIpPrefix: '0.0.0.0/0' };
    expect(toPermission(ssh)).toEqual({
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      IpRanges: [{ CidrIp: '0.0.0.0/0' }],
      Ipv6Ranges: undefined,
      Groups: undefined,
    });
    expect(toPermission({ securityGroupId: 'sg-1', remoteGroupId: 'sg-2' })).toMatchObject({
      IpProtocol: '-1',
      IpRanges: undefined,
      Groups: [{ GroupId: 'sg-2' }],
    });
    const read = toRule({
      securityGroupRuleId: 'sgr-3',
      groupId: 'sg-1',
      isEgress: 'false',
      ipProtocol: 'tcp',
      fromPort: '22',
      toPort: '22',
      cidrIpv4: '0.0.0.0/0',
    });
    expect(sameRule(read, ssh)).toBe(true);
    expect(sameRule(read, { ...ssh, portRangeMin: 80 })).toBe(false);
  });

  it('reads Elastic IPs, internet gateways and CloudFormation stacks', () => {
    expect(
      toFloatingIp({
        allocationId: 'eipalloc-1',
        publicIp: '198.51.100.7',
        networkInterfaceId: 'eni-1',
        associationId: 'eipassoc-1',
      }),
    ).toMatchObject({
      id: 'eipalloc-1',
      networkId: 'amazon',
      portId: 'eni-1',
      status: 'ACTIVE',
    });
    expect(
      toRouter({
        internetGatewayId: 'igw-1',
        attachmentSet: { item: [{ vpcId: 'vpc-1', state: 'available' }] },
      }),
    ).toMatchObject({
      status: 'attached',
      externalNetworkId: 'amazon',
      extra: { vpcIds: ['vpc-1'] },
    });
    const answer = parseAnswer(
      '<DescribeStacksResponse><DescribeStacksResult><Stacks><member><StackId>arn:s/1</StackId><StackName>s</StackName>' +
        '<StackStatus>CREATE_COMPLETE</StackStatus><Outputs><member><OutputKey>Ip</OutputKey><OutputValue>10.0.0.5</OutputValue></member></Outputs>' +
        '<Tags><member><Key>stratus:d/s</Key><Value></Value></member><member><Key>owner</Key><Value>me</Value></member></Tags>' +
        '</member></Stacks></DescribeStacksResult></DescribeStacksResponse>',
      'DescribeStacks',
    );
    const [member] = (answer.DescribeStacksResult as { Stacks: { member: Record<string, unknown>[] } }).Stacks
      .member;
    expect(toStack(member ?? {})).toMatchObject({
      id: 'arn:s/1',
      status: 'CREATE_COMPLETE',
      outputs: { Ip: '10.0.0.5' },
      tags: ['stratus:d/s', 'owner=me'],
    });
  });

  it('trims a recorded list to some items, keeping nested items with their parent', () => {
    const xml =
      '<R><set><item><a>1</a><n><item>x</item></n></item><item><a>2</a></item></set><nextToken>t</nextToken></R>';
    expect(keepItems(xml, 'set', (i) => i.includes('<a>1<'))).toBe(
      '<R><set><item><a>1</a><n><item>x</item></n></item></set><nextToken>t</nextToken></R>',
    );
  });
});
