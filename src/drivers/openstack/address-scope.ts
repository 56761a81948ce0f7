// Which server addresses count as public (libcloud's public_ips / private_ips split).

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
