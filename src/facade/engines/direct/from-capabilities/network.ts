import type {
  FloatingIpsCapability,
  MarksCapability,
  NetworkingCapability,
  SecurityGroupsCapability,
} from '../../../../compute/services/index.ts';
import type { DirectPorts } from '../ports.ts';
import { collection } from './marked-collection.ts';
import { fip, group, network, port, router, subnet } from './network-objects.ts';

/** What the network half of the direct engine needs from a driver. */
export type NetworkCapabilities = NetworkingCapability &
  SecurityGroupsCapability &
  FloatingIpsCapability &
  MarksCapability;

type Marks = NetworkCapabilities['marks'];
type Net = NetworkCapabilities['networking'];

function networkCollection(net: Net, marks: Marks): DirectPorts['networks'] {
  return collection(marks, 'network', {
    list: (s) => net.listNetworks(s),
    get: (id, s) => net.getNetwork(id, s),
    create: (b: Parameters<DirectPorts['networks']['create']>[0], m, s) =>
      net.createNetwork({ name: b.name, description: b.description, marks: m }, s),
    delete: (id, s) => net.deleteNetwork(id, s),
    map: network,
    mark: (b) => b.description,
  });
}

function subnetCollection(net: Net, marks: Marks): DirectPorts['subnets'] {
  return collection(marks, 'subnet', {
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
  });
}

function routerCollection(net: Net, marks: Marks): DirectPorts['routers'] {
  return {
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
  };
}

function portCollection(net: Net, marks: Marks): DirectPorts['ports'] {
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
    ...ports,
    listByDevice: async (deviceId, s) =>
      (await Array.fromAsync(net.listPorts({ deviceId }, s))).map((p) => port(p, undefined)),
  };
}

function securityGroupCollection(
  sgs: NetworkCapabilities['securityGroups'],
  marks: Marks,
): DirectPorts['securityGroups'] {
  return {
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
  };
}

function floatingIpCollection(
  ips: NetworkCapabilities['floatingIps'],
  marks: Marks,
): DirectPorts['floatingIps'] {
  return {
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
  return {
    networks: networkCollection(net, marks),
    subnets: subnetCollection(net, marks),
    routers: routerCollection(net, marks),
    ports: portCollection(net, marks),
    securityGroups: securityGroupCollection(sgs, marks),
    floatingIps: floatingIpCollection(ips, marks),
  };
}
