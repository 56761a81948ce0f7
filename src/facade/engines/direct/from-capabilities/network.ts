import type { FloatingIp } from '../../../../compute/models/floating-ip.ts';
import type { Network, Port, Router, Subnet } from '../../../../compute/models/network.ts';
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
import { createMarked, markFromTags } from './marks.ts';

/** What the network half of the direct engine needs from a driver. */
export type NetworkCapabilities = NetworkingCapability &
  SecurityGroupsCapability &
  FloatingIpsCapability &
  MarksCapability;

const ready = { health: 'ready', reason: undefined } as const;
const health = (status: string) => (status.toUpperCase() === 'ERROR' ? 'failed' : 'ready');
const byName = <T extends { name: string }>(items: T[], name: string | undefined) =>
  name === undefined ? items : items.filter((i) => i.name === name);

const network = (n: Network): PortObject => ({
  id: n.id,
  name: n.name,
  mark: markFromTags(n.tags),
  ...ready,
  health: health(n.status),
});
const subnet = (s: Subnet): SubnetObject => ({
  id: s.id,
  name: s.name,
  mark: markFromTags(s.tags),
  ...ready,
  cidr: s.cidr,
  gatewayIp: s.gatewayIp,
});
const router = (r: Router): RouterObject => ({
  id: r.id,
  name: r.name,
  mark: markFromTags(r.tags),
  ...ready,
  health: health(r.status),
  externalNetworkId: r.externalNetworkId,
  externalIp: undefined,
});
const port = (p: Port): NetworkPortObject => ({
  id: p.id,
  name: p.name,
  mark: markFromTags(p.tags),
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
const group = (g: SecurityGroup): SecurityGroupObject => ({
  id: g.id,
  name: g.name,
  mark: markFromTags(g.tags),
  ...ready,
  rules: g.rules.map(rule),
});
const fip = (f: FloatingIp): FloatingIpObject => ({
  id: f.id,
  name: f.address,
  mark: markFromTags(f.tags),
  ...ready,
  health: health(f.status),
  address: f.address,
  portId: f.portId,
});

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
  return {
    networks: {
      list: async (name, s) => byName(await Array.fromAsync(net.listNetworks(s)), name).map(network),
      get: async (id, s) => mapOr(await net.getNetwork(id, s), network),
      create: async (b, s) =>
        network(
          await createMarked(
            marks,
            'network',
            b.description,
            () => net.createNetwork({ name: b.name, description: b.description }, s),
            s,
          ),
        ),
      delete: (id, s) => net.deleteNetwork(id, s),
    },
    subnets: {
      list: async (name, s) => byName(await Array.fromAsync(net.listSubnets(s)), name).map(subnet),
      get: async (id, s) => mapOr(await net.getSubnet(id, s), subnet),
      create: async (b, s) =>
        subnet(
          await createMarked(
            marks,
            'subnet',
            b.description,
            () =>
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
            s,
          ),
        ),
      delete: (id, s) => net.deleteSubnet(id, s),
    },
    routers: {
      list: async (name, s) => byName(await Array.fromAsync(net.listRouters(s)), name).map(router),
      get: async (id, s) => mapOr(await net.getRouter(id, s), router),
      create: async (b, s) =>
        router(
          await createMarked(
            marks,
            'router',
            b.description,
            () => net.createRouter({ name: b.name, externalNetworkId: b.externalNetworkId }, s),
            s,
          ),
        ),
      delete: (id, s) => net.deleteRouter(id, s),
      interfaceSubnets: (id, s) => net.listRouterSubnets(id, s),
      addInterface: (id, subnetId, s) => net.addRouterSubnet(id, subnetId, s),
      removeInterface: (id, subnetId, s) => net.removeRouterSubnet(id, subnetId, s),
    },
    ports: {
      list: async (name, s) => byName(await Array.fromAsync(net.listPorts({}, s)), name).map(port),
      get: async (id, s) => mapOr(await net.getPort(id, s), port),
      create: async (b, s) =>
        port(
          await createMarked(
            marks,
            'port',
            b.description,
            () =>
              net.createPort(
                {
                  name: b.name,
                  networkId: b.networkId,
                  fixedIps: b.subnetId === undefined ? undefined : [{ subnetId: b.subnetId }],
                  securityGroupIds: b.securityGroupIds,
                },
                s,
              ),
            s,
          ),
        ),
      delete: (id, s) => net.deletePort(id, s),
      listByDevice: async (deviceId, s) => (await Array.fromAsync(net.listPorts({ deviceId }, s))).map(port),
    },
    securityGroups: {
      list: async (name, s) => byName(await Array.fromAsync(sgs.listSecurityGroups(s)), name).map(group),
      get: async (id, s) => mapOr(await sgs.getSecurityGroup(id, s), group),
      create: async (b, s) =>
        group(
          await createMarked(
            marks,
            'securityGroup',
            b.description,
            () => sgs.createSecurityGroup({ name: b.name, description: b.description }, s),
            s,
          ),
        ),
      delete: (id, s) => sgs.deleteSecurityGroup(id, s),
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
      list: async (_name, s) => (await Array.fromAsync(ips.listFloatingIps(s))).map(fip),
      get: async (id, s) => mapOr(await ips.getFloatingIp(id, s), fip),
      create: async (b, s) =>
        fip(
          await createMarked(
            marks,
            'floatingIp',
            b.description,
            () =>
              ips.allocateFloatingIp(
                { networkId: b.networkId, portId: b.portId, description: b.description },
                s,
              ),
            s,
          ),
        ),
      delete: (id, s) => ips.releaseFloatingIp(id, s),
      associate: async (id, portId, s) => void (await ips.associateFloatingIp(id, portId, s)),
    },
  };
}

function mapOr<T, R>(value: T | undefined, map: (value: T) => R): R | undefined {
  return value === undefined ? undefined : map(value);
}
