import { requireId } from '../../../document/resolver.ts';
import type { DirectPorts } from '../ports.ts';
import type { AdapterOf } from './adapter-type.ts';

/**
 * The router adapter: created with its gateway; interfaces on the document's subnets are added when missing and
 * removed before the router is deleted.
 *
 * @param ports - The provider calls.
 * @returns The adapter.
 */
export function routerAdapter(ports: DirectPorts): AdapterOf<'router', 'routers'> {
  const routers = ports.routers;
  return {
    collection: routers,
    markStyle: 'description',
    waitGone: false,
    attributes: (r) => ({ externalIp: r.externalIp ?? null }),
    body: async (spec, mark, resolver, signal) => {
      const gateway = spec.properties.externalNetwork;
      return {
        name: spec.cloudName,
        description: mark.description,
        externalNetworkId:
          gateway === undefined ? undefined : await requireId(resolver, gateway, 'network', signal),
      };
    },
    converge: async (spec, router, resolver, signal) => {
      const wanted = await Promise.all(
        spec.properties.interfaces.map((t) => requireId(resolver, t, 'subnet', signal)),
      );
      const have = new Set(await routers.interfaceSubnets(router.id, signal));
      const missing = wanted.filter((subnet) => !have.has(subnet));
      if (missing.length === 0) return { changes: [] };
      return {
        changes: missing.map((subnet) => `add interface on subnet ${subnet}`),
        apply: async (s) => {
          for (const subnet of missing) await routers.addInterface(router.id, subnet, s);
        },
      };
    },
    beforeDelete: async (router, signal) => {
      for (const subnet of await routers.interfaceSubnets(router.id, signal))
        await routers.removeInterface(router.id, subnet, signal);
    },
  };
}
