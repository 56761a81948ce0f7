import { expectBoolean, expectObject, expectString } from '../../../../shape/expect.ts';
import type { AvailabilityZone } from './types.ts';

/**
 * Parses one element of `availabilityZoneInfo`.
 *
 * @param raw - The element.
 * @param path - Its JSON path.
 * @returns The zone.
 */
export function parseAvailabilityZone(raw: unknown, path: string): AvailabilityZone {
  const z = expectObject(raw, path);
  const state = expectObject(z.zoneState, `${path}.zoneState`);
  const hosts: Record<string, readonly string[]> = {};
  if (z.hosts !== undefined && z.hosts !== null) {
    for (const [host, services] of Object.entries(expectObject(z.hosts, `${path}.hosts`))) {
      hosts[host] = Object.keys(expectObject(services, `${path}.hosts.${host}`));
    }
  }
  return Object.freeze({
    name: expectString(z.zoneName, `${path}.zoneName`),
    available: expectBoolean(state.available, `${path}.zoneState.available`),
    hosts,
  });
}
