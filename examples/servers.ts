// Boot a server with the portable API, wait until it runs, print it, and delete it.
//   OS_CLOUD=mycloud STRATUS_EXAMPLE_NETWORK=private node --conditions=source examples/servers.ts
import { createSession, fromCloudsYaml, type NodeSize } from 'stratus';
import { OpenStackNodeDriver } from 'stratus/openstack';

const driver = new OpenStackNodeDriver({
  session: createSession(await fromCloudsYaml(undefined, { env: process.env })),
});
try {
  let size: NodeSize | undefined;
  for await (const s of driver.listSizes()) if (size === undefined || s.ramMiB < size.ramMiB) size = s;
  const [image] = await driver.ext.image.findImagesByName(process.env.STRATUS_EXAMPLE_IMAGE ?? 'cirros');
  if (size === undefined || image === undefined)
    throw new Error('need a flavor and an image (STRATUS_EXAMPLE_IMAGE)');
  const networkName = process.env.STRATUS_EXAMPLE_NETWORK ?? 'private';
  const network = await driver.ext.network.findNetwork(networkName);
  if (network === undefined) throw new Error(`No network named or with id '${networkName}'`);
  const created = await driver.createNode({
    name: `stratus-example-${process.pid}`,
    size,
    image: image.id,
    networks: [{ networkId: network.id }],
  });
  try {
    const [node] = await driver.waitUntilRunning(created, {
      onProgress: (p) => console.log(`  ${p.status} after ${Math.round(p.elapsedMs / 1000)} s`),
    });
    console.log(`server ${node?.name} is ${node?.state} at ${node?.privateIps.join(', ')}`);
  } finally {
    await driver.destroyNode(created);
    await driver.waitUntilDeleted(created);
    console.log(`server ${created.name} deleted`);
  }
} finally {
  await driver.close();
}
