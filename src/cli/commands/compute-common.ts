// Shared by the command groups: a driver over the CLI session, and name-or-id
// lookups the way the `openstack` CLI does them (flag parsers: flag-values.ts; `--wait`: progress-wait.ts).
import type { Command } from 'commander';
import type { Flavor } from '../../drivers/openstack/compute/flavors/types.ts';
import type { Server } from '../../drivers/openstack/compute/servers/types.ts';
import { findImagesByName } from '../../drivers/openstack/image/images/operations.ts';
import { listNetworks } from '../../drivers/openstack/network/networks/operations.ts';
import { createServiceClient, type ServiceClient } from '../../drivers/openstack/service-client.ts';
import { OpenStackNodeDriver } from '../../drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import { NotFoundError } from '../../errors/http-status-errors.ts';
import type { CliIo } from '../io.ts';
import { withSession } from '../open-session.ts';

/**
 * Runs `body` with an OpenStack driver over the CLI's session (closed afterwards).
 *
 * @param command - The running command.
 * @param io - Environment and output streams.
 * @param body - What to do with the driver.
 * @returns What `body` returns.
 */
export function withDriver<T>(
  command: Command,
  io: CliIo,
  body: (driver: OpenStackNodeDriver) => Promise<T>,
): Promise<T> {
  return withSession(command, io, (session) => body(new OpenStackNodeDriver({ session })));
}

/**
 * Finds a server by id, else by exact name (one list request filtered by Nova).
 *
 * @param driver - The driver.
 * @param ref - An id or a name.
 * @returns The server.
 * @throws {@link ConfigurationError} when no server or several servers have that name.
 */
export async function findServerRef(driver: OpenStackNodeDriver, ref: string): Promise<Server> {
  try {
    return await driver.ext.compute.getServer(ref);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const escaped = ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matches = await Array.fromAsync(driver.ext.compute.listServers({ name: `^${escaped}$` }));
  return single(matches, ref, 'server');
}

/**
 * Finds a flavor by id or exact name.
 *
 * @param driver - The driver.
 * @param ref - An id or a name.
 * @returns The flavor.
 * @throws {@link ConfigurationError} when none or several match.
 */
export async function findFlavorRef(driver: OpenStackNodeDriver, ref: string): Promise<Flavor> {
  const all = await Array.fromAsync(driver.ext.compute.listFlavors({ isPublic: undefined }));
  const byId = all.find((f) => f.id === ref);
  return (
    byId ??
    single(
      all.filter((f) => f.name === ref),
      ref,
      'flavor',
    )
  );
}

function single<T>(matches: readonly T[], ref: string, what: string): T {
  const [first, second] = matches;
  if (first === undefined) throw new ConfigurationError(`No ${what} with id or name "${ref}"`);
  if (second !== undefined)
    throw new ConfigurationError(`${matches.length} ${what}s are named "${ref}"; use the id`);
  return first;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function serviceOf(driver: OpenStackNodeDriver, type: string, name: string): Promise<ServiceClient> {
  const endpoint = await driver.session.endpointFor({ type });
  return createServiceClient({ serviceType: type, name, endpoint, send: driver.session.send });
}

/**
 * Resolves an image reference: a UUID is used as is, a name is looked up in Glance.
 *
 * @param driver - The driver.
 * @param ref - An image id or name.
 * @returns The image id.
 * @throws {@link ConfigurationError} when no image or several have that name.
 */
export async function findImageId(driver: OpenStackNodeDriver, ref: string): Promise<string> {
  if (UUID.test(ref)) return ref;
  const images = await findImagesByName(await serviceOf(driver, 'image', 'Glance'), ref);
  return single(images, ref, 'image').id;
}

/**
 * Resolves a network reference: a UUID is used as is, a name is looked up in Neutron.
 *
 * @param driver - The driver.
 * @param ref - A network id or name.
 * @returns The network id.
 * @throws {@link ConfigurationError} when no network or several have that name.
 */
export async function findNetworkId(driver: OpenStackNodeDriver, ref: string): Promise<string> {
  if (UUID.test(ref)) return ref;
  const networks = await Array.fromAsync(
    listNetworks(await serviceOf(driver, 'network', 'Neutron'), { name: ref }),
  );
  return single(networks, ref, 'network').id;
}
