// What the compute live tests share: a driver over a live session, and the seeded flavor/image/network ids.
import type { OpenStackSession } from '../../../src/auth/session.ts';
import { findImagesByName } from '../../../src/drivers/openstack/image/images/operations.ts';
import { listNetworks } from '../../../src/drivers/openstack/network/networks/operations.ts';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { SEED } from '../helpers/cloud.ts';
import { openSession, serviceClient } from '../helpers/session.ts';

/** A driver, its session and the seed resources' ids. */
export interface ComputeFixture {
  readonly session: OpenStackSession;
  readonly driver: OpenStackNodeDriver;
  readonly tinyFlavorId: string;
  readonly smallFlavorId: string;
  readonly imageId: string;
  readonly networkId: string;
}

async function first<T>(items: AsyncIterable<T>, what: string): Promise<T> {
  for await (const item of items) return item;
  throw new Error(`${what} is not seeded on the live cloud: run \`npm run cloud:up\``);
}

/**
 * Opens a session on the demo cloud and finds the seeded flavors, image and private network.
 *
 * @returns The fixture; close `session` after the file.
 */
export async function openCompute(): Promise<ComputeFixture> {
  const session = openSession();
  const driver = new OpenStackNodeDriver({ session });
  const sizes = new Map<string, string>();
  for await (const size of driver.listSizes()) sizes.set(size.name, size.id);
  const image = await serviceClient(session, 'image', 'Glance');
  const network = await serviceClient(session, 'network', 'Neutron');
  const [img] = await findImagesByName(image, SEED.image);
  const net = await first(
    listNetworks(network, { name: SEED.privateNetwork }),
    `network ${SEED.privateNetwork}`,
  );
  const tiny = sizes.get('m1.tiny');
  const small = sizes.get('m1.small');
  if (!img || !tiny || !small) throw new Error('seed image or flavors missing: run `npm run cloud:up`');
  return { session, driver, tinyFlavorId: tiny, smallFlavorId: small, imageId: img.id, networkId: net.id };
}
