import { requireId } from '../../../document/resolver.ts';
import type { DirectPorts } from '../ports.ts';
import type { AdapterOf as Adapter } from './adapter-type.ts';

/**
 * The key pair adapter: imported from the document's public key; the name is the mark.
 *
 * @param ports - The provider calls.
 * @returns The adapter.
 */
export function keyPairAdapter(ports: DirectPorts): Adapter<'keyPair', 'keyPairs'> {
  return {
    collection: ports.keyPairs,
    markStyle: 'name',
    waitGone: false,
    attributes: (k) => ({ fingerprint: k.fingerprint }),
    body: async (spec) => ({ name: spec.cloudName, publicKey: spec.properties.publicKey }),
  };
}

/**
 * The network adapter.
 *
 * @param ports - The provider calls.
 * @returns The adapter.
 */
export function networkAdapter(ports: DirectPorts): Adapter<'network', 'networks'> {
  return {
    collection: ports.networks,
    markStyle: 'description',
    waitGone: false,
    attributes: () => ({}),
    body: async (spec, mark) => ({
      name: spec.cloudName,
      description: mark.description,
      adminStateUp: spec.properties.adminStateUp,
    }),
  };
}

/**
 * The subnet adapter.
 *
 * @param ports - The provider calls.
 * @returns The adapter.
 */
export function subnetAdapter(ports: DirectPorts): Adapter<'subnet', 'subnets'> {
  return {
    collection: ports.subnets,
    markStyle: 'description',
    waitGone: false,
    attributes: (s) => ({ cidr: s.cidr, gatewayIp: s.gatewayIp ?? null }),
    body: async (spec, mark, resolver, signal) => ({
      name: spec.cloudName,
      description: mark.description,
      networkId: await requireId(resolver, spec.properties.network, 'network', signal),
      cidr: spec.properties.cidr,
      ipVersion: spec.properties.ipVersion,
      gatewayIp: spec.properties.gatewayIp,
      enableDhcp: spec.properties.enableDhcp,
      dnsNameservers: spec.properties.dnsNameservers,
    }),
  };
}

/**
 * The port adapter.
 *
 * @param ports - The provider calls.
 * @returns The adapter.
 */
export function portAdapter(ports: DirectPorts): Adapter<'port', 'ports'> {
  return {
    collection: ports.ports,
    markStyle: 'description',
    waitGone: false,
    attributes: (p) => ({ ipAddress: p.ipAddress ?? null, macAddress: p.macAddress ?? null }),
    body: async (spec, mark, resolver, signal) => {
      const { network, subnet, securityGroups } = spec.properties;
      return {
        name: spec.cloudName,
        description: mark.description,
        networkId: await requireId(resolver, network, 'network', signal),
        subnetId: subnet === undefined ? undefined : await requireId(resolver, subnet, 'subnet', signal),
        securityGroupIds: await Promise.all(
          securityGroups.map((t) => requireId(resolver, t, 'securityGroup', signal)),
        ),
      };
    },
  };
}
