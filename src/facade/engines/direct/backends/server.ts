import { requireId } from '../../../document/resolver.ts';
import type { DirectPorts } from '../ports.ts';
import type { AdapterOf } from './adapter-type.ts';

/**
 * The server adapter: created with its metadata mark in the boot request, waited until ACTIVE (ERROR is
 * reported as failed), deleted and waited until gone (so its ports and volumes are free afterwards).
 *
 * @param ports - The provider calls.
 * @returns The adapter.
 */
export function serverAdapter(ports: DirectPorts): AdapterOf<'server', 'servers'> {
  return {
    collection: ports.servers,
    markStyle: 'metadata',
    waitGone: true,
    attributes: (s) => ({ status: s.status, privateIp: s.privateIp ?? null, publicIp: s.publicIp ?? null }),
    body: async (spec, mark, resolver, signal) => {
      const p = spec.properties;
      const ids = (targets: typeof p.networks, kind: 'network' | 'port' | 'securityGroup') =>
        Promise.all(targets.map((t) => requireId(resolver, t, kind, signal)));
      return {
        name: spec.cloudName,
        imageId: await requireId(resolver, p.image, 'image', signal),
        flavorId: await requireId(resolver, p.flavor, 'flavor', signal),
        keyName:
          p.keyPair === undefined ? undefined : await requireId(resolver, p.keyPair, 'keyPair', signal),
        networkIds: await ids(p.networks, 'network'),
        portIds: await ids(p.ports, 'port'),
        securityGroupIds: await ids(p.securityGroups, 'securityGroup'),
        userData: p.userData,
        availabilityZone: p.availabilityZone,
        metadata: mark.metadata,
      };
    },
  };
}
