import { type Fields, optionalList, rejectUnknown } from '../read.ts';
import type { KindProperties } from '../types.ts';
import { optionalTarget, readTarget } from '../values.ts';

/**
 * Validates the properties of a `router` resource.
 *
 * @param fields - The raw properties.
 * @param path - Their dotted path.
 * @returns The properties.
 * @throws {@link DocumentError} naming the offending field.
 */
export function parseRouter(fields: Fields, path: string): KindProperties['router'] {
  rejectUnknown(fields, ['externalNetwork', 'interfaces'], path);
  return {
    externalNetwork: optionalTarget(fields.externalNetwork, `${path}.externalNetwork`),
    interfaces: optionalList(fields.interfaces, `${path}.interfaces`).map((item, i) =>
      readTarget(item, `${path}.interfaces[${i}]`),
    ),
  };
}
