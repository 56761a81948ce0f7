// Step 4–5: a private network routed to the external one, and a security group.
import type { Network, Router, SecurityGroup, Subnet } from 'stratus/openstack/network';
import type { Tour } from './context.ts';

/** What the network step made. */
export interface TourNetwork {
  readonly network: Network;
  readonly subnet: Subnet;
  readonly router: Router;
  readonly pool: Network;
}

async function externalNetwork(tour: Tour): Promise<Network> {
  const wanted = process.env.STRATUS_DEMO_EXTERNAL_NETWORK;
  if (wanted) {
    const network = await tour.driver.ext.network.findNetwork(wanted, tour.signal);
    if (network === undefined) throw new Error(`No network named or with id '${wanted}'`);
    return network;
  }
  for await (const pool of tour.driver.ext.floatingIps.listPools(tour.signal)) return pool;
  throw new Error('This cloud has no external network, so no router gateway or floating IP can be made');
}

/**
 * Creates a network, a subnet, and a router with its gateway on the external network.
 *
 * @param tour - The tour.
 * @returns What was made.
 */
export async function buildNetwork(tour: Tour): Promise<TourNetwork> {
  const net = tour.driver.ext.network;
  const name = `${tour.prefix}-net`;
  const pool = await externalNetwork(tour);
  const network = await net.createNetwork({ name }, tour.signal);
  tour.cleanup.push(`network ${name}`, () => net.deleteNetwork(network.id));
  const cidr = `10.${200 + Math.floor(Math.random() * 50)}.${Math.floor(Math.random() * 250)}.0/24`;
  const subnet = await net.createSubnet(
    { networkId: network.id, cidr, name: `${tour.prefix}-subnet` },
    tour.signal,
  );
  tour.cleanup.push(`subnet ${subnet.name}`, () => net.deleteSubnet(subnet.id));
  tour.say(`  network ${name} with subnet ${cidr}`);
  const router = await net.createRouter(
    { name: `${tour.prefix}-router`, externalNetworkId: pool.id },
    tour.signal,
  );
  tour.cleanup.push(`router ${router.name}`, () => net.deleteRouter(router.id));
  await net.addRouterInterface(router.id, { subnetId: subnet.id }, tour.signal);
  tour.cleanup.push(`router interface on ${subnet.name}`, () =>
    net.removeRouterInterface(router.id, { subnetId: subnet.id }),
  );
  const gateway = router.externalGateway?.externalFixedIps[0]?.ipAddress ?? 'an address';
  tour.say(`  router ${router.name}: gateway ${gateway} on ${pool.name}, interface on ${subnet.name}`);
  return { network, subnet, router, pool };
}

/**
 * Creates a security group that lets SSH and ping in.
 *
 * @param tour - The tour.
 * @returns The group.
 */
export async function buildSecurityGroup(tour: Tour): Promise<SecurityGroup> {
  const groups = tour.driver.ext.securityGroups;
  const group = await groups.createSecurityGroup(
    { name: `${tour.prefix}-sg`, description: 'stratus demo' },
    tour.signal,
  );
  tour.cleanup.push(`security group ${group.name}`, () => groups.deleteSecurityGroup(group.id));
  await groups.createSecurityGroupRule(
    { securityGroupId: group.id, protocol: 'tcp', portRangeMin: 22, remoteIpPrefix: '0.0.0.0/0' },
    tour.signal,
  );
  await groups.createSecurityGroupRule({ securityGroupId: group.id, protocol: 'icmp' }, tour.signal);
  tour.say(`  security group ${group.name}: ssh (tcp 22) and icmp from anywhere`);
  return group;
}
