// Build a network routed to the external network, list the floating IP pools, allocate a floating IP and
// release it, then remove everything.
//   OS_CLOUD=mycloud node --conditions=source examples/networks-and-floating-ips.ts
import { createSession, fromCloudsYaml } from 'stratus';
import { OpenStackNodeDriver } from 'stratus/openstack';

const driver = new OpenStackNodeDriver({
  session: createSession(await fromCloudsYaml(undefined, { env: process.env })),
});
const { network: net, floatingIps } = driver.ext;
const name = `stratus-example-${process.pid}`;
const undo: (() => Promise<unknown>)[] = [];
try {
  const pools = [];
  for await (const pool of floatingIps.listPools()) pools.push(pool);
  console.log(`floating IP pools: ${pools.map((p) => p.name).join(', ')}`);
  const [pool] = pools;
  if (pool === undefined) throw new Error('this cloud has no external network');
  const network = await net.createNetwork({ name });
  undo.push(() => net.deleteNetwork(network.id));
  const subnet = await net.createSubnet({ networkId: network.id, cidr: '10.123.0.0/24', name });
  undo.push(() => net.deleteSubnet(subnet.id));
  const router = await net.createRouter({ name, externalNetworkId: pool.id });
  undo.push(() => net.deleteRouter(router.id));
  await net.addRouterInterface(router.id, { subnetId: subnet.id });
  undo.push(() => net.removeRouterInterface(router.id, { subnetId: subnet.id }));
  console.log(
    `router ${router.name}: gateway ${router.externalGateway?.externalFixedIps[0]?.ipAddress} on ${pool.name}`,
  );
  const fip = await floatingIps.allocate({ floatingNetworkId: pool.id, description: name });
  undo.push(() => floatingIps.release(fip.id));
  console.log(
    `allocated ${fip.floatingIpAddress}; attach it with floatingIps.attachToServer(id, serverId, { networkId })`,
  );
} finally {
  for (const step of undo.reverse()) await step();
  console.log('removed the floating IP, router, subnet and network');
  await driver.close();
}
