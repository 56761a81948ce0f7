import type { Backends, DirectProvider } from '../../../document/backend.ts';
import type { DirectPorts } from '../ports.ts';
import { floatingIpAdapter } from './floating-ip.ts';
import { collectionBackend } from './generic.ts';
import { routerAdapter } from './router.ts';
import { securityGroupAdapter } from './security-group.ts';
import { serverAdapter } from './server.ts';
import { keyPairAdapter, networkAdapter, portAdapter, subnetAdapter } from './simple.ts';
import { volumeAdapter } from './volume.ts';

/**
 * Builds the direct engine's provider from portable calls: a backend per kind, and lookups of existing objects
 * by name or id for literal targets.
 *
 * @param ports - The portable calls (the facade builds them from the driver's capabilities).
 * @returns The provider the direct plan/apply/destroy run against.
 */
export function directProvider(ports: DirectPorts): DirectProvider {
  const backends: Backends = {
    keyPair: collectionBackend('keyPair', keyPairAdapter(ports)),
    securityGroup: collectionBackend('securityGroup', securityGroupAdapter(ports)),
    network: collectionBackend('network', networkAdapter(ports)),
    subnet: collectionBackend('subnet', subnetAdapter(ports)),
    router: collectionBackend('router', routerAdapter(ports)),
    port: collectionBackend('port', portAdapter(ports)),
    server: collectionBackend('server', serverAdapter(ports)),
    volume: collectionBackend('volume', volumeAdapter(ports)),
    floatingIp: collectionBackend('floatingIp', floatingIpAdapter(ports)),
  };
  return {
    backends,
    lookup: async (kind, nameOrId, signal) => {
      if (kind === 'image' || kind === 'flavor') return ports.findId(kind, nameOrId, signal);
      const spec = {
        kind,
        name: nameOrId,
        managed: false,
        cloudName: nameOrId,
        id: undefined,
        dependsOn: [],
      } as const;
      const byName = await backends[kind].find(spec as never, '', signal);
      if (byName !== undefined) return byName.id;
      const byId = await backends[kind].find({ ...spec, id: nameOrId } as never, '', signal);
      return byId?.id;
    },
  };
}
