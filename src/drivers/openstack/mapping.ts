import type { KeyPair } from '../../compute/models/key-pair.ts';
import type { NodeLocation } from '../../compute/models/location.ts';
import type { Node } from '../../compute/models/node.ts';
import type { NodeSize } from '../../compute/models/size.ts';
import { NodeState } from '../../compute/node-state.ts';
import { hideSecrets } from '../../transport/redact.ts';
import type { AvailabilityZone } from './compute/availability-zones/types.ts';
import type { Flavor } from './compute/flavors/types.ts';
import type { Keypair } from './compute/keypairs/types.ts';
import type { Server } from './compute/servers/types.ts';

/**
 * How Nova statuses map onto {@link "index"!NodeState} (libcloud's table, with shelving and resize made explicit).
 *
 * @remarks Any status not listed maps to `unknown`. `VERIFY_RESIZE` is `running`, as in libcloud: the server
 * runs on its new flavor while it waits for a confirm or a revert, so `waitUntilRunning` returns after a resize.
 */
export const NOVA_STATUS_TO_NODE_STATE: Readonly<Record<string, NodeState>> = Object.freeze({
  ACTIVE: NodeState.RUNNING,
  BUILD: NodeState.PENDING,
  REBUILD: NodeState.PENDING,
  PASSWORD: NodeState.PENDING,
  REBOOT: NodeState.REBOOTING,
  HARD_REBOOT: NodeState.REBOOTING,
  SHUTOFF: NodeState.STOPPED,
  SUSPENDED: NodeState.SUSPENDED,
  PAUSED: NodeState.PAUSED,
  RESIZE: NodeState.RECONFIGURING,
  VERIFY_RESIZE: NodeState.RUNNING,
  REVERT_RESIZE: NodeState.RECONFIGURING,
  RESCUE: NodeState.RECONFIGURING,
  MIGRATING: NodeState.MIGRATING,
  SHELVED: NodeState.ARCHIVED,
  SHELVED_OFFLOADED: NodeState.ARCHIVED,
  DELETED: NodeState.TERMINATED,
  SOFT_DELETED: NodeState.TERMINATED,
  ERROR: NodeState.ERROR,
  UNKNOWN: NodeState.UNKNOWN,
});

function octet(ip: string, from: number): [value: number, next: number] {
  let value = 0;
  let i = from;
  for (; i < ip.length; i++) {
    const c = ip.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
  }
  return [value, i + 1];
}

function ipv4Private(ip: string): boolean {
  const [a, next] = octet(ip, 0);
  const [b] = octet(ip, next);
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

function ipv6Private(ip: string): boolean {
  const first = Number.parseInt(ip.split(':')[0] || '0', 16);
  const mask = first & 0xffc0;
  return ip === '::1' || (first & 0xfe00) === 0xfc00 || mask === 0xfe80 || mask === 0xfec0;
}

/**
 * The public/private rule: a floating IP is public; any other address is private when it is in a private or
 * special-use range (RFC 1918, 100.64/10, link-local, loopback, IPv6 ULA, link-local and the deprecated
 * site-local `fec0::/10`), public otherwise.
 *
 * @param addr - The IP address.
 * @param type - Nova's `OS-EXT-IPS:type` (`fixed`/`floating`), when reported.
 * @returns Whether the address counts as public.
 * @example
 * ```ts
 * import { isPublicAddress } from 'stratus/openstack';
 * isPublicAddress('10.0.0.5', 'fixed'); // false
 * isPublicAddress('203.0.113.7', 'floating'); // true
 * ```
 */
export function isPublicAddress(addr: string, type: string | undefined): boolean {
  if (type === 'floating') return true;
  return addr.includes(':') ? !ipv6Private(addr.toLowerCase()) : !ipv4Private(addr);
}

/** Two ASCII digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Nova's timestamps: `2026-11-22T01:25:07Z` (read without the general date parser, which costs several times
 * more on a 1,000-server list), anything else through `new Date`.
 *
 * @param text - The timestamp, if any.
 * @returns The date, or `undefined` when absent or invalid.
 */
export function parseTimestamp(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  if (
    text.length === 20 &&
    text.charCodeAt(4) === 45 && // -
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 84 && // T
    text.charCodeAt(13) === 58 && // :
    text.charCodeAt(16) === 58 &&
    text.charCodeAt(19) === 90 // Z
  ) {
    const century = twoDigits(text, 0);
    const yearOfCentury = twoDigits(text, 2);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    const hour = twoDigits(text, 11);
    const minute = twoDigits(text, 14);
    const second = twoDigits(text, 17);
    const year = century * 100 + yearOfCentury;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    // Anything out of range goes to the general parser, which decides (Date.UTC would roll it over, and read
    // years 0–99 as 1900–1999).
    if (
      century >= 1 &&
      yearOfCentury >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month] ?? 0)) &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59
    ) {
      return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    }
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Maps a Nova server onto the portable {@link "index"!Node}; the server itself is the node's `extra`.
 *
 * @param server - The parsed server.
 * @returns The node.
 */
export function serverToNode(server: Server): Node<Server> {
  const publicIps: string[] = [];
  const privateIps: string[] = [];
  const addresses = server.addresses;
  for (const network in addresses) {
    const list = addresses[network];
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      if (a !== undefined) (isPublicAddress(a.addr, a.type) ? publicIps : privateIps).push(a.addr);
    }
  }
  const flavor = server.flavor;
  return Object.freeze({
    id: server.id,
    name: server.name,
    state: NOVA_STATUS_TO_NODE_STATE[server.status] ?? NodeState.UNKNOWN,
    publicIps,
    privateIps,
    sizeId: flavor === undefined ? undefined : (flavor.id ?? flavor.originalName),
    imageId: server.imageId,
    createdAt: parseTimestamp(server.created),
    failureReason: server.fault?.message || undefined,
    metadata: server.metadata,
    extra: server,
  });
}

/**
 * @param flavor - A parsed flavor.
 * @returns The portable size; the flavor is its `extra`.
 */
export function flavorToSize(flavor: Flavor): NodeSize<Flavor> {
  return Object.freeze({
    id: flavor.id,
    name: flavor.name,
    ramMiB: flavor.ram,
    diskGb: flavor.disk,
    vcpus: flavor.vcpus,
    bandwidthMbps: undefined,
    price: undefined,
    extra: flavor,
  });
}

/**
 * @param zone - A parsed availability zone.
 * @returns The portable location (id and name are the zone name); the zone is its `extra`.
 */
export function zoneToLocation(zone: AvailabilityZone): NodeLocation<AvailabilityZone> {
  return Object.freeze({ id: zone.name, name: zone.name, country: undefined, extra: zone });
}

/**
 * @param keypair - A parsed Nova key pair.
 * @returns The portable key pair; `privateKey` stays hidden from `util.inspect` and `JSON.stringify`.
 */
export function keypairToKeyPair(keypair: Keypair): KeyPair<Keypair> {
  const out: KeyPair<Keypair> = {
    name: keypair.name,
    fingerprint: keypair.fingerprint,
    publicKey: keypair.publicKey,
    privateKey: keypair.privateKey,
    extra: keypair,
  };
  return Object.freeze(hideSecrets(out, ['privateKey']));
}
