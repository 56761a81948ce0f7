// What the `floating ip` commands share: the printed record, and attaching to a port or a server's port.
import type { FloatingIp } from '../../../drivers/openstack/network/floating-ips/types.ts';
import type { OpenStackNodeDriver } from '../../../drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import { found } from '../../found.ts';
import type { Column } from '../../output.ts';
import { findServerRef } from '../compute-common.ts';

/** The columns of `floating ip list`. */
export const COLUMNS: readonly Column<FloatingIp>[] = [
  { key: 'id', header: 'ID' },
  { key: 'floatingIpAddress', header: 'Floating IP Address' },
  { key: 'fixedIpAddress', header: 'Fixed IP Address' },
  { key: 'portId', header: 'Port' },
  { key: 'floatingNetworkId', header: 'Floating Network' },
  { key: 'serverId', header: 'Server' },
];

/**
 * @param f - The floating IP.
 * @returns The record `floating ip show` prints, named as the `openstack` CLI names the fields.
 */
export function record(f: FloatingIp): Record<string, unknown> {
  return {
    id: f.id,
    floating_ip_address: f.floatingIpAddress,
    floating_network_id: f.floatingNetworkId,
    fixed_ip_address: f.fixedIpAddress,
    port_id: f.portId,
    router_id: f.routerId,
    server_id: f.serverId,
    status: f.status,
    description: f.description,
  };
}

/** The flags of `floating ip set` and `server add floating ip`. */
export interface SetFlags {
  readonly port?: string;
  readonly server?: string;
  readonly network?: string;
  readonly fixedIpAddress?: string;
}

/**
 * Attaches a floating IP to `--port`, or to `--server`'s port (on `--network`).
 *
 * @param driver - The driver.
 * @param ref - The floating IP (address or id).
 * @param flags - Where to attach it.
 * @returns The floating IP, attached.
 * @throws {@link ConfigurationError} when neither `--port` nor `--server` is given.
 */
export async function attach(driver: OpenStackNodeDriver, ref: string, flags: SetFlags): Promise<FloatingIp> {
  const ext = driver.ext;
  const fip = await found(ext.floatingIps.find(ref), 'floating IP', ref);
  if (flags.port !== undefined) {
    const port = await found(ext.network.findPort(flags.port), 'port', flags.port);
    return ext.floatingIps.attach(fip.id, port.id, flags.fixedIpAddress);
  }
  if (flags.server === undefined) throw new ConfigurationError('Pass `--port <port>` or `--server <server>`');
  const serverId = (await findServerRef(driver, flags.server)).id;
  const networkId =
    flags.network === undefined
      ? undefined
      : (await found(ext.network.findNetwork(flags.network), 'network', flags.network)).id;
  return ext.floatingIps.attachToServer(fip.id, serverId, {
    networkId,
    fixedIpAddress: flags.fixedIpAddress,
  });
}
