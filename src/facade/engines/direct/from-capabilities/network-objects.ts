import type { FloatingIp } from '../../../../compute/models/floating-ip.ts';
import type { Network, Port, Router, Subnet } from '../../../../compute/models/network.ts';
import type { SecurityGroup } from '../../../../compute/models/security-group.ts';
import type { RuleSpec } from '../../../document/types.ts';
import type {
  FloatingIpObject,
  NetworkPortObject,
  PortObject,
  RouterObject,
  SecurityGroupObject,
  SubnetObject,
} from '../ports.ts';
import { markFromTags } from './marks.ts';

// The portable network models as the direct engine's objects, each with the ownership mark read for it.

const ready = { health: 'ready', reason: undefined } as const;
const health = (status: string) => (status.toUpperCase() === 'ERROR' ? 'failed' : 'ready');
// Where the provider keeps a description, the mark also travels in it, written by the create itself: an object
// created just before a crash (and never tagged) is still recognised, even under an explicit name.
const orDescribed = (mark: string | undefined, description: string | undefined) =>
  mark ?? markFromTags([description ?? '']);
export const network = (n: Network, mark: string | undefined): PortObject => ({
  id: n.id,
  name: n.name,
  mark: orDescribed(mark, n.description),
  ...ready,
  health: health(n.status),
});
export const subnet = (s: Subnet, mark: string | undefined): SubnetObject => ({
  id: s.id,
  name: s.name,
  mark,
  ...ready,
  cidr: s.cidr,
  gatewayIp: s.gatewayIp,
});
export const router = (r: Router, mark: string | undefined): RouterObject => ({
  id: r.id,
  name: r.name,
  mark: orDescribed(mark, r.description),
  ...ready,
  health: health(r.status),
  externalNetworkId: r.externalNetworkId,
  externalIp: undefined,
});
export const port = (p: Port, mark: string | undefined): NetworkPortObject => ({
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
export const group = (g: SecurityGroup, mark: string | undefined): SecurityGroupObject => ({
  id: g.id,
  name: g.name,
  mark: orDescribed(mark, g.description),
  ...ready,
  rules: g.rules.map(rule),
});
// A floating IP has no name to fall back on at all: its description is the only way to recognise one
// allocated just before a crash.
export const fip = (f: FloatingIp, mark: string | undefined): FloatingIpObject => ({
  id: f.id,
  name: f.address,
  mark: orDescribed(mark, f.description),
  ...ready,
  health: health(f.status),
  address: f.address,
  portId: f.portId,
});
