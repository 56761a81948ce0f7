import { CloudError } from '../../../../errors/cloud-error.ts';
import type { Resolver } from '../../../document/backend.ts';
import { requireId } from '../../../document/resolver.ts';
import type { KindProperties } from '../../../document/types.ts';
import type { DirectPorts } from '../ports.ts';
import type { AdapterOf } from './adapter-type.ts';

async function wantedPort(
  ports: DirectPorts,
  p: KindProperties['floatingIp'],
  resolver: Resolver,
  signal?: AbortSignal,
) {
  if (p.port !== undefined) return requireId(resolver, p.port, 'port', signal);
  if (p.server === undefined) return undefined;
  const serverId = await requireId(resolver, p.server, 'server', signal);
  const bound = await ports.ports.listByDevice(serverId, signal);
  const first = bound[0];
  if (first === undefined)
    throw new CloudError(`server ${serverId} has no port to put the floating IP on`, 'ERR_NO_PORT');
  return first.id;
}

/**
 * The floating IP adapter: allocated on the external network with its mark in the description, associated with
 * the port (or the server's first port) when it is not.
 *
 * @param ports - The provider calls.
 * @returns The adapter.
 */
export function floatingIpAdapter(ports: DirectPorts): AdapterOf<'floatingIp', 'floatingIps'> {
  const ips = ports.floatingIps;
  return {
    collection: ips,
    markStyle: 'description',
    waitGone: false,
    attributes: (f) => ({ address: f.address }),
    body: async (spec, mark, resolver, signal) => ({
      description: mark.description,
      networkId: await requireId(resolver, spec.properties.network, 'network', signal),
      portId: await wantedPort(ports, spec.properties, resolver, signal),
    }),
    converge: async (spec, ip, resolver, signal) => {
      const portId = await wantedPort(ports, spec.properties, resolver, signal);
      if (portId === undefined || ip.portId === portId) return { changes: [] };
      return { changes: [`associate with port ${portId}`], apply: (s) => ips.associate(ip.id, portId, s) };
    },
    beforeDelete: async (ip, signal) => {
      if (ip.portId !== undefined) await ips.associate(ip.id, null, signal);
    },
  };
}
