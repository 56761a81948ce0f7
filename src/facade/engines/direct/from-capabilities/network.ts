import type { MarkableKind } from '../../../../compute/models/provision.ts';
import type {
  FloatingIpsCapability,
  MarksCapability,
  NetworkingCapability,
  SecurityGroupsCapability,
} from '../../../../compute/services/index.ts';
import type { DirectPorts } from '../ports.ts';
import { createMarked, markFromTags, unlessGone } from './marks.ts';
import { fip, group, network, port, router, subnet } from './network-objects.ts';

/** What the network half of the direct engine needs from a driver. */
export type NetworkCapabilities = NetworkingCapability &
  SecurityGroupsCapability &
  FloatingIpsCapability &
  MarksCapability;

/** Reads each object's ownership mark: from the object when the answer carried it, else one request per object. */
function marker(marks: NetworkCapabilities['marks'], kind: MarkableKind) {
  return async <T extends { readonly id: string; readonly marks?: readonly string[] | undefined }, R>(
    items: readonly T[],
    map: (item: T, mark: string | undefined) => R,
    signal?: AbortSignal,
  ) =>
    (
      await Promise.all(
        items.map(async (item) => {
          // The list answer usually carries the marks already (no request); else one read per object.
          const tags = item.marks ?? (await unlessGone(marks.getMarks(kind, item.id, signal)));
          return tags === undefined ? undefined : map(item, markFromTags(tags));
        }),
      )
    ).filter((mapped): mapped is Awaited<R> & R => mapped !== undefined);
}

/** list/get/create/delete of one kind over its capability calls, with marks read and written through `marks`. */
function collection<T extends { readonly id: string; readonly name?: string }, R, C>(
  marks: NetworkCapabilities['marks'],
  kind: MarkableKind,
  calls: {
    list: (signal?: AbortSignal) => AsyncIterable<T>;
    get: (id: string, signal?: AbortSignal) => Promise<T | undefined>;
    /** The create, given the marks to write with it (atomically where the provider can). */
    create: (body: C, marks: readonly string[], signal?: AbortSignal) => Promise<T>;
    delete: (id: string, signal?: AbortSignal) => Promise<void>;
    map: (item: T, mark: string | undefined) => R;
    mark: (body: C) => string;
  },
) {
  const read = marker(marks, kind);
  return {
    list: async (name: string | undefined, signal?: AbortSignal) =>
      read(
        (await Array.fromAsync(calls.list(signal))).filter((i) => name === undefined || i.name === name),
        calls.map,
        signal,
      ),
    get: async (id: string, signal?: AbortSignal) => {
      const item = await calls.get(id, signal);
      return item === undefined ? undefined : (await read([item], calls.map, signal))[0];
    },
    create: async (body: C, signal?: AbortSignal) => {
      const mark = calls.mark(body);
      return calls.map(
        await createMarked(marks, kind, mark, () => calls.create(body, [mark], signal), signal),
        mark,
      );
    },
    delete: calls.delete,
  };
}

/**
 * The direct engine's network calls over the portable capabilities.
 *
 * @param driver - A driver with networking, security groups, floating IPs and marks.
 * @returns The network half of the ports.
 */
export function networkPorts(
  driver: NetworkCapabilities,
): Pick<DirectPorts, 'networks' | 'subnets' | 'routers' | 'ports' | 'securityGroups' | 'floatingIps'> {
  const { networking: net, securityGroups: sgs, floatingIps: ips, marks } = driver;
  const ports = collection(marks, 'port', {
    list: (s) => net.listPorts({}, s),
    get: (id, s) => net.getPort(id, s),
    create: (b: Parameters<DirectPorts['ports']['create']>[0], m, s) =>
      net.createPort(
        {
          name: b.name,
          networkId: b.networkId,
          fixedIps: b.subnetId === undefined ? undefined : [{ subnetId: b.subnetId }],
          securityGroupIds: b.securityGroupIds,
          marks: m,
        },
        s,
      ),
    delete: (id, s) => net.deletePort(id, s),
    map: port,
    mark: (b) => b.description,
  });
  return {
    networks: collection(marks, 'network', {
      list: (s) => net.listNetworks(s),
      get: (id, s) => net.getNetwork(id, s),
      create: (b: Parameters<DirectPorts['networks']['create']>[0], m, s) =>
        net.createNetwork({ name: b.name, description: b.description, marks: m }, s),
      delete: (id, s) => net.deleteNetwork(id, s),
      map: network,
      mark: (b) => b.description,
    }),
    subnets: collection(marks, 'subnet', {
      list: (s) => net.listSubnets(s),
      get: (id, s) => net.getSubnet(id, s),
      create: (b: Parameters<DirectPorts['subnets']['create']>[0], m, s) =>
        net.createSubnet(
          {
            name: b.name,
            networkId: b.networkId,
            cidr: b.cidr,
            ipVersion: b.ipVersion,
            gatewayIp: b.gatewayIp,
            enableDhcp: b.enableDhcp,
            dnsNameservers: b.dnsNameservers,
            marks: m,
          },
          s,
        ),
      delete: (id, s) => net.deleteSubnet(id, s),
      map: subnet,
      mark: (b) => b.description,
    }),
    routers: {
      ...collection(marks, 'router', {
        list: (s) => net.listRouters(s),
        get: (id, s) => net.getRouter(id, s),
        create: (b: Parameters<DirectPorts['routers']['create']>[0], m, s) =>
          net.createRouter(
            { name: b.name, description: b.description, externalNetworkId: b.externalNetworkId, marks: m },
            s,
          ),
        delete: (id, s) => net.deleteRouter(id, s),
        map: router,
        mark: (b) => b.description,
      }),
      interfaceSubnets: (id, s) => net.listRouterSubnets(id, s),
      addInterface: (id, subnetId, s) => net.addRouterSubnet(id, subnetId, s),
      removeInterface: (id, subnetId, s) => net.removeRouterSubnet(id, subnetId, s),
    },
    ports: {
      ...ports,
      listByDevice: async (deviceId, s) =>
        (await Array.fromAsync(net.listPorts({ deviceId }, s))).map((p) => port(p, undefined)),
    },
    securityGroups: {
      ...collection(marks, 'securityGroup', {
        list: (s) => sgs.listSecurityGroups(s),
        get: (id, s) => sgs.getSecurityGroup(id, s),
        create: (b: Parameters<DirectPorts['securityGroups']['create']>[0], m, s) =>
          sgs.createSecurityGroup(
            { name: b.name, description: b.description, networkId: b.networkId, marks: m },
            s,
          ),
        delete: (id, s) => sgs.deleteSecurityGroup(id, s),
        map: group,
        mark: (b) => b.description,
      }),
      addRule: async (groupId, r, s) =>
        void (await sgs.createSecurityGroupRule(
          {
            securityGroupId: groupId,
            direction: r.direction,
            ethertype: r.ethertype,
            protocol: r.protocol,
            portRangeMin: r.portMin,
            portRangeMax: r.portMax,
            remoteIpPrefix: r.remoteIpPrefix,
          },
          s,
        )),
    },
    floatingIps: {
      ...collection(marks, 'floatingIp', {
        list: (s) => ips.listFloatingIps(s),
        get: (id, s) => ips.getFloatingIp(id, s),
        create: (b: Parameters<DirectPorts['floatingIps']['create']>[0], m, s) =>
          ips.allocateFloatingIp(
            { networkId: b.networkId, portId: b.portId, description: b.description, marks: m },
            s,
          ),
        delete: (id, s) => ips.releaseFloatingIp(id, s),
        map: fip,
        mark: (b) => b.description,
      }),
      associate: async (id, portId, s) => void (await ips.associateFloatingIp(id, portId, s)),
    },
  };
}
