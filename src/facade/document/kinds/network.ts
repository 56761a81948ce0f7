import { type Fields, readBoolean, rejectUnknown } from '../read.ts';
import type { KindProperties } from '../types.ts';

/**
 * Validates the properties of a `network` resource.
 *
 * @param fields - The raw properties.
 * @param path - Their dotted path.
 * @returns The properties.
 * @throws {@link DocumentError} naming the offending field.
 */
export function parseNetwork(fields: Fields, path: string): KindProperties['network'] {
  rejectUnknown(fields, ['adminStateUp'], path);
  return { adminStateUp: readBoolean(fields.adminStateUp, `${path}.adminStateUp`, true) };
}
