import type { FloatingIp } from '../../../../compute/models/floating-ip.ts';
import type { FloatingIpService } from '../../../../compute/services/floating-ips.ts';
import type { ServiceResolver } from '../../bind.ts';
import {
  allocateFloatingIp,
  attachFloatingIp,
  detachFloatingIp,
  getFloatingIp,
  listFloatingIps,
  releaseFloatingIp,
} from '../../network/floating-ips/operations.ts';
import type { FloatingIp as NeutronFloatingIp } from '../../network/floating-ips/types.ts';
import { mapList, orAbsent } from './absent.ts';
import { lazy } from './networking.ts';

/** @param f - A Neutron floating IP. @returns The portable floating IP. */
export function toFloatingIp(f: NeutronFloatingIp): FloatingIp<NeutronFloatingIp> {
  return Object.freeze({
    id: f.id,
    address: f.floatingIpAddress,
    networkId: f.floatingNetworkId,
    portId: f.portId,
    fixedIpAddress: f.fixedIpAddress,
    status: f.status,
    description: f.description || undefined,
    marks: f.tags,
    extra: f,
  });
}

/**
 * The portable floating IP service of the OpenStack driver, over Neutron.
 *
 * @param neutron - Resolves the network client.
 * @returns The {@link FloatingIpService}.
 */
export function createFloatingIpService(neutron: ServiceResolver): FloatingIpService {
  const service: FloatingIpService = {
    listFloatingIps: (signal) =>
      mapList(
        lazy(neutron, signal, (c) => listFloatingIps(c, {}, signal)),
        toFloatingIp,
      ),
    getFloatingIp: async (id, signal) =>
      orAbsent(async () => toFloatingIp(await getFloatingIp(await neutron(signal), id, signal))),
    allocateFloatingIp: async (options, signal) =>
      toFloatingIp(
        await allocateFloatingIp(
          await neutron(signal),
          { floatingNetworkId: options.networkId, portId: options.portId, description: options.description },
          signal,
        ),
      ),
    associateFloatingIp: async (id, portId, signal) => {
      const client = await neutron(signal);
      const updated =
        portId === null
          ? await detachFloatingIp(client, id, signal)
          : await attachFloatingIp(client, id, portId, undefined, signal);
      return toFloatingIp(updated);
    },
    releaseFloatingIp: async (id, signal) => releaseFloatingIp(await neutron(signal), id, signal),
  };
  return Object.freeze(service);
}
