import type {
  FloatingIpObject,
  NetworkPortObject,
  PortableResources,
  PortObject,
  RouterObject,
  SecurityGroupObject,
  SubnetObject,
} from '../../../../compute/portable/resources.ts';
import type { SecurityRule } from '../../../../compute/portable/security-rule.ts';
import { absentOnNotFound } from '../../find.ts';
import type { FloatingIp } from '../../network/floating-ips/types.ts';
import type { Network } from '../../network/networks/types.ts';
import type { Port } from '../../network/ports/types.ts';
import type { Router } from '../../network/routers/types.ts';
import type { SecurityGroup } from '../../network/security-groups/types.ts';
import type { Subnet } from '../../network/subnets/types.ts';
import type { OpenStackNodeDriver } from '../driver.ts';
import { deleted } from './absent.ts';

const ok = { health: 'ready', reason: undefined } as const;
const named = <T extends { name: string }>(items: T[], name: string | undefined) =>
  name === undefined ? items : items.filter((i) => i.name === name);

const network = (n: Network): PortObject => ({
  id: n.id,
  name: n.name,
  mark: n.description,
  ...ok,
  health: n.status === 'ERROR' ? 'failed' : 'ready',
});
const subnet = (s: Subnet): SubnetObject => ({
  id: s.id,
  name: s.name,
  mark: undefined,
  ...ok,
  cidr: s.cidr,
  gatewayIp: s.gatewayIp,
});
const router = (r: Router): RouterObject => ({
  id: r.id,
  name: r.name,
  mark: r.description,
  ...ok,
  health: r.status === 'ERROR' ? 'failed' : 'ready',
  externalNetworkId: r.externalGateway?.networkId,
  externalIp: r.externalGateway?.externalFixedIps[0]?.ipAddress,
});
const port = (p: Port): NetworkPortObject => ({
  id: p.id,
  name: p.name,
  mark: undefined,
  ...ok,
  ipAddress: p.fixedIps[0]?.ipAddress,
  macAddress: p.macAddress,
  deviceId: p.deviceId || undefined,
  networkId: p.networkId,
});
const rule = (r: SecurityGroup['rules'][number]): SecurityRule => ({
  direction: r.direction,
  ethertype: r.ethertype === 'IPv6' ? 'IPv6' : 'IPv4',
  protocol: r.protocol ?? undefined,
  portMin: r.portRangeMin,
  portMax: r.portRangeMax,
  remoteIpPrefix: r.remoteIpPrefix,
});
const group = (g: SecurityGroup): SecurityGroupObject => ({
  id: g.id,
  name: g.name,
  mark: g.description,
  ...ok,
  rules: g.rules.map(rule),
});
const fip = (f: FloatingIp): FloatingIpObject => ({
  id: f.id,
  name: f.floatingIpAddress,
  mark: f.description,
  ...ok,
  health: f.status === 'ERROR' ? 'failed' : 'ready',
  address: f.floatingIpAddress,
  portId: f.portId,
});

type NetworkPorts = Pick<
  PortableResources,
  'networks' | 'subnets' | 'routers' | 'ports' | 'securityGroups' | 'floatingIps'
>;

/**
 * The direct engine's Neutron calls over the OpenStack driver's extensions.
 *
 * @param driver - The OpenStack driver.
 * @returns The network half of the ports.
 */
export function neutronPorts(driver: OpenStackNodeDriver): NetworkPorts {
  const net = driver.ext.network;
  const sgs = driver.ext.securityGroups;
  const ips = driver.ext.floatingIps;
  return {
    networks: {
      list: async (name, s) => named(await Array.fromAsync(net.listNetworks({ name }, s)), name).map(network),
      get: async (id, s) =>
        (await absentOnNotFound(net.getNetwork(id, s)).then((n) => n && network(n))) ?? undefined,
      create: async (b, s) =>
        network(
          await net.createNetwork(
            { name: b.name, description: b.description, adminStateUp: b.adminStateUp },
            s,
          ),
        ),
      delete: (id, s) => deleted(net.deleteNetwork(id, s)),
    },
    subnets: {
      list: async (name, s) => named(await Array.fromAsync(net.listSubnets({ name }, s)), name).map(subnet),
      get: async (id, s) =>
        (await absentOnNotFound(net.getSubnet(id, s)).then((n) => n && subnet(n))) ?? undefined,
      create: async (b, s) =>
        subnet(
          await net.createSubnet(
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
        ),
      delete: (id, s) => deleted(net.deleteSubnet(id, s)),
    },
    routers: {
      list: async (name, s) => named(await Array.fromAsync(net.listRouters({ name }, s)), name).map(router),
      get: async (id, s) =>
        (await absentOnNotFound(net.getRouter(id, s)).then((n) => n && router(n))) ?? undefined,
      create: async (b, s) =>
        router(
          await net.createRouter(
            { name: b.name, description: b.description, externalNetworkId: b.externalNetworkId },
            s,
          ),
        ),
      delete: (id, s) => deleted(net.deleteRouter(id, s)),
      interfaceSubnets: async (id, s) =>
        (await Array.fromAsync(net.listRouterInterfaces(id, s))).flatMap((p) =>
          p.fixedIps.map((f) => f.subnetId),
        ),
      addInterface: async (id, subnetId, s) => void (await net.addRouterInterface(id, { subnetId }, s)),
      removeInterface: (id, subnetId, s) => deleted(net.removeRouterInterface(id, { subnetId }, s)),
    },
    ports: {
      list: async (name, s) => named(await Array.fromAsync(net.listPorts({ name }, s)), name).map(port),
      get: async (id, s) =>
        (await absentOnNotFound(net.getPort(id, s)).then((n) => n && port(n))) ?? undefined,
      create: async (b, s) =>
        port(
          await net.createPort(
            {
              name: b.name,
              networkId: b.networkId,
              fixedIps: b.subnetId === undefined ? undefined : [{ subnetId: b.subnetId }],
              securityGroupIds: b.securityGroupIds,
            },
            s,
          ),
        ),
      delete: (id, s) => deleted(net.deletePort(id, s)),
      listByDevice: async (deviceId, s) => (await Array.fromAsync(net.listPorts({ deviceId }, s))).map(port),
    },
    securityGroups: {
      list: async (name, s) =>
        named(await Array.fromAsync(sgs.listSecurityGroups({ name }, s)), name).map(group),
      get: async (id, s) =>
        (await absentOnNotFound(sgs.getSecurityGroup(id, s)).then((n) => n && group(n))) ?? undefined,
      create: async (b, s) =>
        group(await sgs.createSecurityGroup({ name: b.name, description: b.description }, s)),
      delete: (id, s) => deleted(sgs.deleteSecurityGroup(id, s)),
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
      list: async (_name, s) => (await Array.fromAsync(ips.list({}, s))).map(fip),
      get: async (id, s) => (await absentOnNotFound(ips.get(id, s)).then((n) => n && fip(n))) ?? undefined,
      create: async (b, s) =>
        fip(
          await ips.allocate(
            { floatingNetworkId: b.networkId, portId: b.portId, description: b.description },
            s,
          ),
        ),
      delete: (id, s) => deleted(ips.release(id, s)),
      associate: async (id, portId, s) =>
        void (portId === null ? await ips.detach(id, s) : await ips.attach(id, portId, undefined, s)),
    },
  };
}
