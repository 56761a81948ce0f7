import type { Fields } from '../read.ts';
import type { DocumentKind, KindProperties } from '../types.ts';
import { parseFloatingIp } from './floating-ip.ts';
import { parseKeyPair } from './key-pair.ts';
import { parseNetwork } from './network.ts';
import { parsePort } from './port.ts';
import { parseRouter } from './router.ts';
import { parseSecurityGroup } from './security-group.ts';
import { parseServer } from './server.ts';
import { parseSubnet } from './subnet.ts';
import { parseVolume } from './volume.ts';

/** What the document layer knows about one kind: its schema and the attributes outputs may read. */
export interface KindSchema<K extends DocumentKind> {
  /** Validates raw properties. */
  readonly parse: (fields: Fields, path: string) => KindProperties[K];
  /** The attributes `{ref, attribute}` may name (`id` and `name` are always there). */
  readonly attributes: readonly string[];
}

/** Every kind's schema, in the order resources of that kind are destroyed last-to-first. */
export const KIND_SCHEMAS: { readonly [K in DocumentKind]: KindSchema<K> } = {
  keyPair: { parse: parseKeyPair, attributes: ['id', 'name', 'fingerprint'] },
  securityGroup: { parse: parseSecurityGroup, attributes: ['id', 'name'] },
  network: { parse: parseNetwork, attributes: ['id', 'name'] },
  subnet: { parse: parseSubnet, attributes: ['id', 'name', 'cidr', 'gatewayIp'] },
  router: { parse: parseRouter, attributes: ['id', 'name', 'externalIp'] },
  port: { parse: parsePort, attributes: ['id', 'name', 'ipAddress', 'macAddress'] },
  server: { parse: parseServer, attributes: ['id', 'name', 'status', 'privateIp', 'publicIp'] },
  volume: { parse: parseVolume, attributes: ['id', 'name', 'status', 'size', 'device'] },
  floatingIp: { parse: parseFloatingIp, attributes: ['id', 'name', 'address'] },
};

/** The kinds, in creation order (a safe order for independent kinds; the graph refines it). */
export const KIND_ORDER: readonly DocumentKind[] = [
  'keyPair',
  'securityGroup',
  'network',
  'subnet',
  'router',
  'port',
  'server',
  'volume',
  'floatingIp',
];

/**
 * Type guard for kind names.
 *
 * @param value - Anything.
 * @returns Whether it names a {@link DocumentKind}.
 */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (KIND_ORDER as readonly string[]).includes(value);
}
