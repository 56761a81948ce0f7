import { type Fields, optionalList, rejectUnknown } from '../read.ts';
import type { KindProperties } from '../types.ts';
import { optionalTarget, readTarget } from '../values.ts';

/**
 * Validates the properties of a `port` resource.
 *
 * @param fields - The raw properties.
 * @param path - Their dotted path.
 * @returns The properties.
 * @throws {@link DocumentError} naming the offending field.
 */
export function parsePort(fields: Fields, path: string): KindProperties['port'] {
  rejectUnknown(fields, ['network', 'subnet', 'securityGroups'], path);
  return {
    network: readTarget(fields.network, `${path}.network`),
    subnet: optionalTarget(fields.subnet, `${path}.subnet`),
    securityGroups: optionalList(fields.securityGroups, `${path}.securityGroups`).map((item, i) =>
      readTarget(item, `${path}.securityGroups[${i}]`),
    ),
  };
}
