/**
 * The facade's capability services on the EC2 driver, live on the local EC2 (moto): VPC networks and subnets,
 * internet gateways as routers, interfaces as ports, security groups with rules, Elastic IPs, tags as marks,
 * provisioning, EBS block storage and CloudFormation stacks.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Capability, supports } from '../../../src/compute/capabilities.ts';
import { NotSupportedError } from '../../../src/errors/not-supported-error.ts';
import { onCleanup } from '../helpers/cleanup.ts';
import { localDriver, prefix } from './local-ec2.ts';

const driver = localDriver();
const name = prefix();
afterAll(() => driver.close());

async function anyImageId(): Promise<string> {
  for await (const image of driver.listImages()) return image.id;
  throw new Error('the local EC2 lists no image');
}

describe('EC2 capability services on the local EC2', () => {
  it('declares every capability the facade documents need', () => {
    for (const c of [
      Capability.NETWORKING,
      Capability.SECURITY_GROUPS,
      Capability.FLOATING_IPS,
      Capability.BLOCK_STORAGE,
      Capability.STACKS,
      Capability.PROVISIONING,
      Capability.MARKS,
    ])
      expect(supports(driver, c)).toBe(true);
  });

  it('makes a VPC, a subnet outside its first block, a routed gateway, a group, a node with an Elastic IP', async () => {
    const net = driver.networking;
    const vpc = await net.createNetwork({ name: `${name}-net` });
    onCleanup(() => net.deleteNetwork(vpc.id), `vpc ${vpc.id}`);
    expect(vpc).toMatchObject({ name: `${name}-net`, external: false });
    expect(await net.getNetwork('amazon')).toMatchObject({ external: true });

    const subnet = await net.createSubnet({ name: `${name}-sub`, networkId: vpc.id, cidr: '10.61.3.0/24' });
    onCleanup(() => net.deleteSubnet(subnet.id), `subnet ${subnet.id}`);
    expect(subnet).toMatchObject({ networkId: vpc.id, cidr: '10.61.3.0/24', gatewayIp: '10.61.3.1' });
    expect((await net.getNetwork(vpc.id))?.subnetIds).toEqual([subnet.id]);

    const router = await net.createRouter({ name: `${name}-gw`, externalNetworkId: 'amazon' });
    onCleanup(() => net.deleteRouter(router.id), `igw ${router.id}`);
    await net.addRouterSubnet(router.id, subnet.id);
    expect(await net.listRouterSubnets(router.id)).toEqual([subnet.id]);
    expect((await net.getRouter(router.id))?.status).toBe('attached');

    const sgs = driver.securityGroups;
    const group = await sgs.createSecurityGroup({
      name: `${name}-sg`,
      description: 'ssh',
      networkId: vpc.id,
    });
    onCleanup(() => sgs.deleteSecurityGroup(group.id), `sg ${group.id}`);
    const rule = await sgs.createSecurityGroupRule({
      securityGroupId: group.id,
      protocol: 'tcp',
      portRangeMin: 22,
      portRangeMax: 22,
      remoteIpPrefix: '0.0.0.0/0',
    });
    expect(rule).toMatchObject({ direction: 'ingress', protocol: 'tcp', portRangeMin: 22, portRangeMax: 22 });
    expect((await sgs.getSecurityGroup(group.id))?.rules.map((r) => r.id)).toContain(rule.id);
    expect((await sgs.getSecurityGroup(group.id))?.extra).toMatchObject({ vpcId: vpc.id });

    const node = await driver.provisioning.provisionNode({
      name: `${name}-vm`,
      size: 't2.micro',
      image: await anyImageId(),
      networks: [{ networkId: vpc.id }],
      securityGroups: [`${name}-sg`],
      userData: '#cloud-config\n',
      metadata: { owner: name },
    });
    onCleanup(() => driver.destroyNode(node), `instance ${node.id}`);
    expect(await driver.provisioning.getNodeMetadata(node.id)).toEqual({ owner: name });
    await driver.provisioning.setNodeMetadata(node.id, { role: 'web' });
    expect(await driver.provisioning.getNodeMetadata(node.id)).toEqual({ owner: name, role: 'web' });
    const [port] = await Array.fromAsync(net.listPorts({ deviceId: node.id }));
    expect(port).toMatchObject({ networkId: vpc.id, deviceId: node.id });
    expect(port?.fixedIps[0]?.subnetId).toBe(subnet.id);
    expect(port?.securityGroupIds).toEqual([group.id]);

    const ips = driver.floatingIps;
    const fip = await ips.allocateFloatingIp({
      networkId: 'amazon',
      portId: port?.id,
      description: `${name}-ip`,
    });
    expect((await ips.getFloatingIp(fip.id))?.description).toBe(`${name}-ip`);
    onCleanup(() => ips.releaseFloatingIp(fip.id), `eip ${fip.id}`);
    expect(fip).toMatchObject({ portId: port?.id, status: 'ACTIVE', networkId: 'amazon' });
    await driver.marks.addMarks('floatingIp', fip.id, [`stratus:${name}/fip`]);
    expect(await driver.marks.getMarks('floatingIp', fip.id)).toContain(`stratus:${name}/fip`);
    expect(await driver.marks.listMarked('floatingIp', [`stratus:${name}/fip`])).toEqual([fip.id]);
    expect((await ips.associateFloatingIp(fip.id, null)).portId).toBeUndefined();

    // What EC2 does not have is refused with NotSupportedError before any request, not half done.
    await expect(net.setRouterGateway(router.id, null)).rejects.toBeInstanceOf(NotSupportedError);
    await expect(
      net.createSubnet({
        name: `${name}-dns`,
        networkId: vpc.id,
        cidr: '10.61.4.0/24',
        dnsNameservers: ['9.9.9.9'],
      }),
    ).rejects.toBeInstanceOf(NotSupportedError);
    await expect(
      net.createSubnet({ name: `${name}-v6`, networkId: vpc.id, cidr: 'fd00::/64', ipVersion: 6 }),
    ).rejects.toBeInstanceOf(NotSupportedError);
    expect((await net.getNetwork(vpc.id))?.subnetIds).toEqual([subnet.id]);

    await net.removeRouterSubnet(router.id, subnet.id);
    expect(await net.listRouterSubnets(router.id)).toEqual([]);
    expect((await net.getRouter(router.id))?.status).toBe('detached');
  });

  it('creates, attaches, extends, snapshots and deletes EBS volumes with metadata', async () => {
    const bs = driver.blockStorage;
    const node = await driver.provisioning.provisionNode({
      name: `${name}-bs`,
      size: 't2.micro',
      image: await anyImageId(),
      location: 'us-east-1a',
    });
    onCleanup(() => driver.destroyNode(node), `instance ${node.id}`);
    const volume = await bs.createVolume({ name: `${name}-vol`, sizeGb: 1, metadata: { owner: name } });
    onCleanup(() => bs.deleteVolume(volume.id), `volume ${volume.id}`);
    expect(volume).toMatchObject({
      name: `${name}-vol`,
      sizeGb: 1,
      zone: 'us-east-1a',
      metadata: { owner: name },
    });
    const attached = await bs.attachVolume(node.id, volume.id);
    expect(attached.device).toMatch(/^\/dev\/sd[f-p]$/);
    expect(await bs.listNodeVolumes(node.id)).toContainEqual(attached);
    expect((await bs.getVolume(volume.id))?.attachments).toEqual([
      { nodeId: node.id, device: attached.device },
    ]);
    await bs.detachVolume(node.id, volume.id);
    await bs.extendVolume(volume.id, 2);
    expect((await bs.getVolume(volume.id))?.sizeGb).toBe(2);
    const snap = await bs.createSnapshot({ volumeId: volume.id, name: `${name}-snap` });
    expect((await bs.getSnapshot(snap.id))?.volumeId).toBe(volume.id);
    await bs.deleteSnapshot(snap.id);
    expect(await bs.getSnapshot(snap.id)).toBeUndefined();
    expect(await bs.getVolume('vol-0000000000000000f')).toBeUndefined();
  });

  it('runs a CloudFormation stack with outputs and tags, lists its resources, deletes it', async () => {
    const stacks = driver.stacks;
    const template = {
      Parameters: { Cidr: { Type: 'String' } },
      Resources: { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: { Ref: 'Cidr' } } } },
      Outputs: { VpcId: { Value: { Ref: 'Vpc' } } },
    };
    const { id } = await stacks.createStack({
      name: `${name}-stack`,
      template,
      parameters: { Cidr: '10.62.0.0/16' },
      tags: [`stratus:${name}/stack`],
    });
    onCleanup(async () => (await stacks.getStack(id)) && stacks.deleteStack(id), `stack ${id}`);
    const stack = await stacks.getStack(`${name}-stack`);
    expect(stack).toMatchObject({ id, status: 'CREATE_COMPLETE', tags: [`stratus:${name}/stack`] });
    expect(String(stack?.outputs.VpcId)).toMatch(/^vpc-/);
    const [resource] = await stacks.listStackResources(id);
    expect(resource).toMatchObject({
      logicalName: 'Vpc',
      type: 'AWS::EC2::VPC',
      physicalId: stack?.outputs.VpcId,
    });
    await stacks.deleteStack(id);
    expect(await stacks.getStack(id)).toBeUndefined();
    expect(await stacks.getStack(`${name}-nope`)).toBeUndefined();
  });
});
