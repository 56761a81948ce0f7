/**
 * Boots throw-away servers for the services' live tests with plain Nova calls (the compute area tests the
 * compute operations themselves), and deletes them after the test through the cleanup registry.
 */

import { findImagesByName } from '../../../src/drivers/openstack/image/images/index.ts';
import type { ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { NotFoundError } from '../../../src/errors/http-status-errors.ts';
import { expectObject, expectString } from '../../../src/shape/expect.ts';
import { onCleanup, SEED } from '../helpers/cloud.ts';
import { findFlavorIdByName } from './flavors.ts';

/**
 * Boots a server from the seeded image and the smallest flavor on `networkId`, waits until it is ACTIVE, and
 * registers its deletion (and the wait for it to be gone) as a cleanup.
 *
 * @param nova - The compute service.
 * @param glance - The image service.
 * @param name - A unique name.
 * @param networkId - The network to plug it into.
 * @param moreNetworks - Further networks (one port each).
 * @returns The server id.
 */
export async function bootServer(
  nova: ServiceClient,
  glance: ServiceClient,
  name: string,
  networkId: string,
  moreNetworks: readonly string[] = [],
): Promise<string> {
  const [image] = await findImagesByName(glance, SEED.image);
  if (image === undefined) throw new Error(`seed image ${SEED.image} is missing: run npm run cloud:up`);
  const flavorRef = await findFlavorIdByName(nova, SEED.flavors[0]);
  const server = {
    name,
    imageRef: image.id,
    flavorRef,
    networks: [networkId, ...moreNetworks].map((uuid) => ({ uuid })),
  };
  const response = await nova.request({ method: 'POST', path: 'servers', json: { server }, expect: [202] });
  const id = expectString(
    expectObject(expectObject(response.body, '$').server, '$.server').id,
    '$.server.id',
  );
  onCleanup(() => deleteServerAndWait(nova, id), `server ${name}`);
  await waitForServer(nova, id, 'ACTIVE');
  return id;
}

async function serverStatus(nova: ServiceClient, id: string): Promise<string | undefined> {
  try {
    const response = await nova.request({ method: 'GET', path: `servers/${id}`, expect: [200] });
    return expectString(expectObject(expectObject(response.body, '$').server, '$.server').status, '$.status');
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

async function waitForServer(nova: ServiceClient, id: string, goal: string | undefined): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const status = await serverStatus(nova, id);
    if (status === goal) return;
    if (status === 'ERROR') throw new Error(`server ${id} went to ERROR`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`server ${id} did not reach ${goal ?? 'deleted'} in 120 s`);
}

/**
 * Deletes a server (unlocking it first) and waits until Nova no longer knows it.
 *
 * @param nova - The compute service.
 * @param id - The server id.
 */
export async function deleteServerAndWait(nova: ServiceClient, id: string): Promise<void> {
  await serverAction(nova, id, { unlock: null }).catch(() => undefined);
  await nova.request({ method: 'DELETE', path: `servers/${id}`, expect: [204, 404] });
  await waitForServer(nova, id, undefined);
}

/**
 * Runs a Nova server action such as `{ lock: null }`.
 *
 * @param nova - The compute service.
 * @param id - The server id.
 * @param action - The action body.
 */
export async function serverAction(nova: ServiceClient, id: string, action: object): Promise<void> {
  await nova.request({ method: 'POST', path: `servers/${id}/action`, json: action, expect: [202] });
}
