// Shared by the compute commands (server, flavor, keypair, az, limits): a driver over the CLI session, name-or-id
// lookups the way the `openstack` CLI does them, and `--wait` with a progress line.
import type { Command } from 'commander';
import type { WaitOptions, WaitProgress } from '../../compute/waiters.ts';
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

/**
 * Parses repeated `key=value` options.
 *
 * @param values - The raw values.
 * @param flag - The flag name, for errors.
 * @returns The map.
 * @throws {@link ConfigurationError} for a value without `=`.
 */
export function keyValues(
  values: readonly string[] | undefined,
  flag: string,
): Record<string, string> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0) throw new ConfigurationError(`\`${flag}\` takes key=value, got "${value}"`);
    out[value.slice(0, at)] = value.slice(at + 1);
  }
  return out;
}

/**
 * Collects a repeatable option.
 *
 * @param value - This occurrence.
 * @param previous - The earlier ones.
 * @returns All of them.
 */
export function repeat(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Wait options that report progress: a rewritten line on a terminal, one line per status change otherwise.
 *
 * @param io - Where to write (stderr).
 * @param label - What is being waited for, e.g. `web-1`.
 * @returns Wait options with an `onProgress` callback and a `done` to end the line.
 */
export function progressWait<T>(io: CliIo, label: string): { options: WaitOptions<T>; done: () => void } {
  const tty = Reflect.get(io.stderr, 'isTTY') === true;
  let last = '';
  const onProgress = (p: WaitProgress<T>): void => {
    const seconds = Math.round(p.elapsedMs / 1000);
    if (tty) {
      const dots = '#'.repeat(Math.min(30, p.attempt)).padEnd(30, '.');
      io.stderr.write(`\r${label}: [${dots}] ${p.status} ${seconds}s   `);
    } else if (p.status !== last) {
      io.stderr.write(`${label}: ${p.status} after ${seconds}s\n`);
    }
    last = p.status;
  };
  return {
    options: { onProgress, intervalMs: 1_000, maxIntervalMs: 5_000, timeoutMs: 900_000 },
    done: () => {
      if (tty) io.stderr.write('\n');
    },
  };
}

/**
 * Formats addresses like the `openstack` CLI: `net1=10.0.0.5, 203.0.113.9; net2=…`.
 *
 * @param server - The server.
 * @returns The text.
 */
export function formatAddresses(server: Server): string {
  return Object.entries(server.addresses)
    .map(([net, list]) => `${net}=${list.map((a) => a.addr).join(', ')}`)
    .join('; ');
}

/**
 * @param server - The server.
 * @returns Addresses by network, as `openstack server show -f json` prints them.
 */
export function addressMap(server: Server): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(server.addresses).map(([net, list]) => [net, list.map((a) => a.addr)]),
  );
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

/**
 * The record `server show` prints.
 *
 * @param server - The server.
 * @returns Its fields in display order.
 */
export function serverRecord(server: Server): Record<string, unknown> {
  return {
    id: server.id,
    name: server.name,
    status: server.status,
    addresses: addressMap(server),
    flavor: server.flavor?.originalName ?? server.flavor?.id,
    image: server.imageId ?? 'N/A (booted from volume)',
    key_name: server.keyName,
    availability_zone: server.availabilityZone,
    security_groups: server.securityGroups,
    metadata: server.metadata,
    tags: server.tags,
    locked: server.locked,
    task_state: server.taskState,
    vm_state: server.vmState,
    created: server.created,
    updated: server.updated,
    fault: server.fault?.message,
  };
}
