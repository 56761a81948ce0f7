import type { FloatingIp } from '../../../../compute/models/floating-ip.ts';
import type { Network, Port, Router, Subnet } from '../../../../compute/models/network.ts';
import type { MarkableKind } from '../../../../compute/models/provision.ts';
import type { SecurityGroup } from '../../../../compute/models/security-group.ts';
import type {
  FloatingIpsCapability,
  MarksCapability,
  NetworkingCapability,
  SecurityGroupsCapability,
} from '../../../../compute/services/index.ts';
import type { RuleSpec } from '../../../document/types.ts';
import type {
  DirectPorts,
  FloatingIpObject,
  NetworkPortObject,
  PortObject,
  RouterObject,
  SecurityGroupObject,
  SubnetObject,
} from '../ports.ts';
import { createMarked, markFromTags, unlessGone } from './marks.ts';

/** What the network half of the direct engine needs from a driver. */
export type NetworkCapabilities = NetworkingCapability &
  SecurityGroupsCapability &
  FloatingIpsCapability &
  MarksCapability;

const ready = { health: 'ready', reason: undefined } as const;
const health = (status: string) => (status.toUpperCase() === 'ERROR' ? 'failed' : 'ready');
const network = (n: Network, mark: string | undefined): PortObject => ({
  id: n.id,
  name: n.name,
  mark,
  ...ready,
  health: health(n.status),
});
const subnet = (s: Subnet, mark: string | undefined): SubnetObject => ({
  id: s.id,
  name: s.name,
  mark,
  ...ready,
  cidr: s.cidr,
  gatewayIp: s.gatewayIp,
});
const router = (r: Router, mark: string | undefined): RouterObject => ({
  id: r.id,
  name: r.name,
  mark,
  ...ready,
  health: health(r.status),
  externalNetworkId: r.externalNetworkId,
  externalIp: undefined,
});
const port = (p: Port, mark: string | undefined): NetworkPortObject => ({
  id: p.id,
  name: p.name,
  mark,
  ...ready,
  ipAddress: p.fixedIps[0]?.ipAddress,
  macAddress: p.macAddress,
  deviceId: p.deviceId || undefined,
  networkId: p.networkId,
});
const rule = (r: SecurityGroup['rules'][number]): RuleSpec => ({
  direction: r.direction,
  ethertype: r.ethertype === 'IPv6' ? 'IPv6' : 'IPv4',
  protocol: r.protocol,
  portMin: r.portRangeMin,
  portMax: r.portRangeMax,
  remoteIpPrefix: r.remoteIpPrefix,
});
const group = (g: SecurityGroup, mark: string | undefined): SecurityGroupObject => ({
  id: g.id,
  name: g.name,
  mark,
  ...ready,
  rules: g.rules.map(rule),
});
// A floating IP has no name to fall back on: the mark also travels in the description given at allocation,
// so one allocated just before a crash (and never tagged) is still recognised.
const fip = (f: FloatingIp, mark: string | undefined): FloatingIpObject => ({
  id: f.id,
  name: f.address,
  mark: mark ?? markFromTags([f.description ?? '']),
  ...ready,
  health: health(f.status),
  address: f.address,
  portId: f.portId,
});

/** Reads each object's ownership mark (one request per object: only for name-filtered lists or owned ids). */
function marker(marks: NetworkCapabilities['marks'], kind: MarkableKind) {
  return async <T extends { readonly id: string }, R>(
    items: readonly T[],
    map: (item: T, mark: string | undefined) => R,
    signal?: AbortSignal,
  ) =>
    (
      await Promise.all(
        items.map(async (item) => {
          const tags = await unlessGone(marks.getMarks(kind, item.id, signal));
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
    create: (body: C, signal?: AbortSignal) => Promise<T>;
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
      return calls.map(await createMarked(marks, kind, mark, () => calls.create(body, signal), signal), mark);
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
    create: (b: Parameters<DirectPorts['ports']['create']>[0], s) =>
      net.createPort(
        {
          name: b.name,
          networkId: b.networkId,
          fixedIps: b.subnetId === undefined ? undefined : [{ subnetId: b.subnetId }],
          securityGroupIds: b.securityGroupIds,
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
      create: (b: Parameters<DirectPorts['networks']['create']>[0], s) =>
        net.createNetwork({ name: b.name, description: b.description }, s),
      delete: (id, s) => net.deleteNetwork(id, s),
      map: network,
      mark: (b) => b.description,
    }),
    subnets: collection(marks, 'subnet', {
      list: (s) => net.listSubnets(s),
      get: (id, s) => net.getSubnet(id, s),
      create: (b: Parameters<DirectPorts['subnets']['create']>[0], s) =>
        net.createSubnet(
          {
            name: b.name,
            networkId: b.networkId,
            cidr: b.cidr,
            ipVersion: b.ipVersion,
            gatewayIp: b.gatewayIp,
            enableDhcp: b.enableDhcp,
            dnsNameservers: b.dnsNameservers,
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
        create: (b: Parameters<DirectPorts['routers']['create']>[0], s) =>
          net.createRouter({ name: b.name, externalNetworkId: b.externalNetworkId }, s),
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
        create: (b: Parameters<DirectPorts['securityGroups']['create']>[0], s) =>
          sgs.createSecurityGroup({ name: b.name, description: b.description, networkId: b.networkId }, s),
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
        create: (b: Parameters<DirectPorts['floatingIps']['create']>[0], s) =>
          ips.allocateFloatingIp({ networkId: b.networkId, portId: b.portId, description: b.description }, s),
        delete: (id, s) => ips.releaseFloatingIp(id, s),
        map: fip,
        mark: (b) => b.description,
      }),
      associate: async (id, portId, s) => void (await ips.associateFloatingIp(id, portId, s)),
    },
  };
}
