import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenStackSession } from '../../../src/auth/session.ts';
import {
  allocateFloatingIp,
  attachFloatingIpToServer,
  detachFloatingIp,
  getFloatingIp,
  listServerFloatingIps,
  releaseFloatingIp,
} from '../../../src/drivers/openstack/network/floating-ips/index.ts';
import {
  createNetwork,
  deleteNetwork,
  findNetwork,
} from '../../../src/drivers/openstack/network/networks/index.ts';
import { listPorts } from '../../../src/drivers/openstack/network/ports/index.ts';
import {
  addRouterInterface,
  createRouter,
  deleteRouter,
  getRouter,
  listRouterInterfaces,
  removeRouterInterface,
} from '../../../src/drivers/openstack/network/routers/index.ts';
import {
  createSecurityGroupRule,
  deleteSecurityGroupRule,
  listSecurityGroupRules,
} from '../../../src/drivers/openstack/network/security-group-rules/index.ts';
import {
  addSecurityGroupToServer,
  createSecurityGroup,
  deleteSecurityGroup,
  getSecurityGroup,
  removeSecurityGroupFromServer,
} from '../../../src/drivers/openstack/network/security-groups/index.ts';
import { createSubnet, deleteSubnet } from '../../../src/drivers/openstack/network/subnets/index.ts';
import type { ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { onCleanup, SEED, uniqueName } from '../helpers/cloud.ts';
import { openSession, serviceClient } from '../helpers/session.ts';
import { bootServer } from './servers.ts';

let session: OpenStackSession;
let neutron: ServiceClient;
const ignoreGone = (error: unknown): void => {
  if (!(error instanceof Error && 'status' in error && error.status === 404)) throw error;
};

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

beforeAll(async () => {
  session = openSession();
  neutron = await serviceClient(session, 'network', 'Neutron');
});
afterAll(async () => {
  await session.close();
});

/** A network with a subnet routed to `public`, cleaned up in reverse order. */
async function routedNetwork(cidr: string) {
  const name = uniqueName('network');
  const pub = await findNetwork(neutron, SEED.externalNetwork);
  if (pub === undefined) throw new Error(`the seeded network ${SEED.externalNetwork} is missing`);
  const network = await createNetwork(neutron, { name });
  onCleanup(() => deleteNetwork(neutron, network.id).catch(ignoreGone), `network ${name}`);
  const subnet = await createSubnet(neutron, { networkId: network.id, cidr, name });
  onCleanup(() => deleteSubnet(neutron, subnet.id).catch(ignoreGone), `subnet ${name}`);
  const router = await createRouter(neutron, { name, externalNetworkId: pub.id });
  onCleanup(() => deleteRouter(neutron, router.id).catch(ignoreGone), `router ${name}`);
  await addRouterInterface(neutron, router.id, { subnetId: subnet.id });
  onCleanup(
    () => removeRouterInterface(neutron, router.id, { subnetId: subnet.id }).catch(ignoreGone),
    `interface ${name}`,
  );
  return { pub, network, subnet, router };
}

describe('network (Neutron) on the local cloud', () => {
  it('builds a network, subnet and router with an external gateway on public', async () => {
    const { pub, subnet, router } = await routedNetwork('10.91.0.0/24');
    const fresh = await getRouter(neutron, router.id);
    expect(fresh.externalGateway?.networkId).toBe(pub.id);
    expect(fresh.externalGateway?.externalFixedIps[0]?.ipAddress).toMatch(/^203\.0\.113\./);
    const interfaces = await collect(listRouterInterfaces(neutron, router.id));
    expect(interfaces.flatMap((p) => p.fixedIps.map((ip) => ip.subnetId))).toEqual([subnet.id]);
    expect(interfaces[0]?.fixedIps[0]?.ipAddress).toBe(subnet.gatewayIp);
  });

  it('manages security group rules', async () => {
    const name = uniqueName('secgroup');
    const group = await createSecurityGroup(neutron, { name, description: 'live test' });
    onCleanup(() => deleteSecurityGroup(neutron, group.id).catch(ignoreGone), `security group ${name}`);
    const ssh = await createSecurityGroupRule(neutron, {
      securityGroupId: group.id,
      protocol: 'tcp',
      portRangeMin: 22,
      remoteIpPrefix: '0.0.0.0/0',
    });
    const icmp = await createSecurityGroupRule(neutron, { securityGroupId: group.id, protocol: 'icmp' });
    const rules = (await getSecurityGroup(neutron, group.id)).rules;
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining([ssh.id, icmp.id]));
    expect(rules.find((r) => r.id === ssh.id)).toMatchObject({ portRangeMin: 22, portRangeMax: 22 });
    await deleteSecurityGroupRule(neutron, icmp.id);
    const ingress = await collect(
      listSecurityGroupRules(neutron, { securityGroupId: group.id, direction: 'ingress' }),
    );
    expect(ingress.map((r) => r.id)).toEqual([ssh.id]);
  });

  it('attaches a floating IP to the server’s port on a chosen network, then detaches it', async () => {
    const { pub, network } = await routedNetwork('10.92.0.0/24');
    const nova = await serviceClient(session, 'compute', 'Nova');
    const glance = await serviceClient(session, 'image', 'Glance');
    const privateNet = await findNetwork(neutron, SEED.privateNetwork);
    if (privateNet === undefined) throw new Error(`the seeded network ${SEED.privateNetwork} is missing`);
    const serverName = uniqueName('fip-server');
    const serverId = await bootServer(nova, glance, serverName, network.id, [privateNet.id]);
    const fip = await allocateFloatingIp(neutron, { floatingNetworkId: pub.id, description: serverName });
    onCleanup(
      () => releaseFloatingIp(neutron, fip.id).catch(ignoreGone),
      `floating IP ${fip.floatingIpAddress}`,
    );
    await expect(attachFloatingIpToServer(neutron, fip.id, serverId)).rejects.toMatchObject({
      code: 'ERR_AMBIGUOUS',
    });
    const attached = await attachFloatingIpToServer(neutron, fip.id, serverId, { networkId: network.id });
    const [port] = await collect(listPorts(neutron, { deviceId: serverId, networkId: network.id }));
    expect(attached.portId).toBe(port?.id);
    expect(attached.fixedIpAddress).toBe(port?.fixedIps[0]?.ipAddress);
    expect(attached.serverId).toBe(serverId);
    expect((await listServerFloatingIps(neutron, serverId)).map((f) => f.id)).toEqual([fip.id]);
    await detachFloatingIp(neutron, fip.id);
    expect((await getFloatingIp(neutron, fip.id)).portId).toBeUndefined();
    expect(await listServerFloatingIps(neutron, serverId)).toEqual([]);
    const group = await createSecurityGroup(neutron, { name: uniqueName('secgroup') });
    onCleanup(() => deleteSecurityGroup(neutron, group.id).catch(ignoreGone), `security group ${group.name}`);
    const added = await addSecurityGroupToServer(neutron, serverId, group.id);
    expect(added.every((p) => p.securityGroupIds.includes(group.id))).toBe(true);
    expect(added).toHaveLength(2);
    const removed = await removeSecurityGroupFromServer(neutron, serverId, group.id);
    expect(removed.some((p) => p.securityGroupIds.includes(group.id))).toBe(false);
  });
});
