import { describe, expect, it } from 'vitest';
import { encodeQuery, filters } from '../../../../src/drivers/ec2/client/query.ts';
import { itemsOf, parseAnswer, tagsOf, textOf } from '../../../../src/drivers/ec2/client/xml.ts';
import { parseReservations } from '../../../../src/drivers/ec2/instances/results.ts';

describe('EC2 Query API encoding', () => {
  it('flattens lists and objects the way EC2 numbers them', () => {
    const body = encodeQuery('DescribeInstances', '2016-11-15', {
      InstanceId: ['i-1', 'i-2'],
      Filter: filters({ 'instance-state-name': ['running', 'stopped'] }),
      TagSpecification: [{ ResourceType: 'instance', Tag: [{ Key: 'Name', Value: 'a b' }] }],
      Skip: undefined,
    });
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({
      Action: 'DescribeInstances',
      Version: '2016-11-15',
      'InstanceId.1': 'i-1',
      'InstanceId.2': 'i-2',
      'Filter.1.Name': 'instance-state-name',
      'Filter.1.Value.1': 'running',
      'Filter.1.Value.2': 'stopped',
      'TagSpecification.1.ResourceType': 'instance',
      'TagSpecification.1.Tag.1.Key': 'Name',
      'TagSpecification.1.Tag.1.Value': 'a b',
    });
  });
});

const PAGE = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>r-1</requestId>
  <reservationSet><item><reservationId>r-abc</reservationId><instancesSet><item>
    <instanceId>i-1</instanceId><imageId>ami-1</imageId><instanceState><code>16</code><name>running</name></instanceState>
    <instanceType>t3.micro</instanceType><launchTime>2026-12-04T10:00:00.000Z</launchTime>
    <placement><availabilityZone>us-east-1a</availabilityZone></placement>
    <privateIpAddress>10.0.0.5</privateIpAddress><ipAddress>54.1.2.3</ipAddress>
    <groupSet><item><groupId>sg-1</groupId></item></groupSet>
    <tagSet><item><key>Name</key><value>web</value></item></tagSet>
  </item></instancesSet></item></reservationSet>
  <nextToken>tok-2</nextToken>
</DescribeInstancesResponse>`;

describe('EC2 XML answers', () => {
  it('reads a DescribeInstances page into portable nodes', () => {
    const answer = parseAnswer(PAGE, 'DescribeInstances');
    expect(textOf(answer, 'nextToken')).toBe('tok-2');
    const [node] = parseReservations(answer);
    expect(node).toMatchObject({
      id: 'i-1',
      name: 'web',
      state: 'running',
      publicIps: ['54.1.2.3'],
      privateIps: ['10.0.0.5'],
      sizeId: 't3.micro',
      imageId: 'ami-1',
      extra: { availabilityZone: 'us-east-1a', securityGroupIds: ['sg-1'], reservationId: 'r-abc' },
    });
    expect(node?.createdAt?.toISOString()).toBe('2026-12-04T10:00:00.000Z');
  });

  it('treats an empty list as no items and rejects a foreign document', () => {
    const answer = parseAnswer(
      '<DescribeInstancesResponse><reservationSet/></DescribeInstancesResponse>',
      'DescribeInstances',
    );
    expect(itemsOf(answer, 'reservationSet')).toEqual([]);
    expect(tagsOf(answer)).toEqual({});
    expect(() => parseAnswer('<Other/>', 'DescribeInstances')).toThrow(/DescribeInstancesResponse/);
  });
});
