// Steps 3, 6, 7: a key pair, a server booted with progress, and a floating IP on its port.
import type { Node, NodeImage, NodeSize } from 'stratus';
import type { Image } from 'stratus/openstack/image';
import type { FloatingIp, SecurityGroup } from 'stratus/openstack/network';
import type { Tour } from './context.ts';
import type { TourNetwork } from './network.ts';
import { ed25519PublicKey } from './ssh-key.ts';

/**
 * Imports a freshly generated Ed25519 public key as a key pair (the private key stays in memory).
 *
 * @param tour - The tour.
 * @returns The key pair's name.
 */
export async function createKeyPair(tour: Tour): Promise<string> {
  const name = `${tour.prefix}-key`;
  const key = await tour.driver.importKeyPairFromString(name, ed25519PublicKey(name), tour.signal);
  tour.cleanup.push(`key pair ${name}`, () => tour.driver.deleteKeyPair(name));
  tour.say(`  key pair ${name} (${key.fingerprint ?? 'imported'})`);
  return name;
}

async function smallestSize(tour: Tour): Promise<NodeSize> {
  const wanted = process.env.STRATUS_DEMO_FLAVOR;
  let best: NodeSize | undefined;
  for await (const size of tour.driver.listSizes(tour.signal)) {
    if (wanted !== undefined && (size.name === wanted || size.id === wanted)) return size;
    if (best === undefined || size.ramMiB < best.ramMiB) best = size;
  }
  if (best === undefined || wanted !== undefined)
    throw new Error(`No flavor ${wanted ?? 'at all'} on this cloud`);
  return best;
}

async function bootImage(tour: Tour): Promise<NodeImage<Image>> {
  const wanted = process.env.STRATUS_DEMO_IMAGE;
  const candidates: NodeImage<Image>[] = [];
  for await (const image of tour.driver.ext.image.listImages({ status: 'active' }, tour.signal)) {
    const node = { id: image.id, name: image.name ?? image.id, extra: image };
    if (wanted !== undefined && (image.name === wanted || image.id === wanted)) return node;
    candidates.push(node);
  }
  const pick = candidates.find((i) => /cirros|tiny/i.test(i.name)) ?? candidates[0];
  if (pick === undefined || wanted !== undefined)
    throw new Error(`No active image ${wanted ?? 'at all'} on this cloud`);
  return pick;
}

/**
 * Boots a server on the tour's network with its key pair and security group, printing progress.
 *
 * @param tour - The tour.
 * @param net - The network step's result.
 * @param group - The security group.
 * @param keyName - The key pair.
 * @returns The running node.
 */
export async function bootServer(
  tour: Tour,
  net: TourNetwork,
  group: SecurityGroup,
  keyName: string,
): Promise<Node> {
  const [size, image] = await Promise.all([smallestSize(tour), bootImage(tour)]);
  const name = `${tour.prefix}-vm`;
  tour.say(`  booting ${name}: flavor ${size.name} (${size.ramMiB} MiB), image ${image.name}`);
  const created = await tour.driver.createNode(
    { name, size, image, keyName, networks: [{ networkId: net.network.id }], securityGroups: [group.id] },
    tour.signal,
  );
  tour.cleanup.push(`server ${name}`, async () => {
    await tour.driver.destroyNode(created.id);
    await tour.driver.waitUntilDeleted(created.id, { intervalMs: 1_000, timeoutMs: 300_000 });
  });
  const [node] = await tour.driver.waitUntilRunning(created, tour.progress(name), tour.signal);
  if (node === undefined) throw new Error(`waitUntilRunning returned nothing for ${name}`);
  tour.say(`  ${name} is ${node.state}: private ${node.privateIps.join(', ') || '-'}`);
  return node;
}

/**
 * Allocates a floating IP from the external network and attaches it to the server's port on the tour's network.
 *
 * @param tour - The tour.
 * @param net - The network step's result.
 * @param node - The server.
 * @returns The attached floating IP.
 */
export async function attachFloatingIp(tour: Tour, net: TourNetwork, node: Node): Promise<FloatingIp> {
  const fips = tour.driver.ext.floatingIps;
  const fip = await fips.allocate({ floatingNetworkId: net.pool.id, description: tour.prefix }, tour.signal);
  tour.cleanup.push(`floating IP ${fip.floatingIpAddress}`, () => fips.release(fip.id));
  const attached = await fips.attachToServer(fip.id, node.id, { networkId: net.network.id }, tour.signal);
  tour.cleanup.push(`floating IP attachment ${fip.floatingIpAddress}`, () => fips.detach(fip.id));
  tour.say(
    `  floating IP ${attached.floatingIpAddress} -> ${attached.fixedIpAddress ?? '?'} (port ${attached.portId ?? '?'})`,
  );
  return attached;
}
