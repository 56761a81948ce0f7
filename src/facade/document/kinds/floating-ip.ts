import { DocumentError } from '../document-error.ts';
import { type Fields, rejectUnknown } from '../read.ts';
import type { KindProperties } from '../types.ts';
import { optionalTarget, readTarget } from '../values.ts';

/**
 * Validates the properties of a `floatingIp` resource.
 *
 * @param fields - The raw properties.
 * @param path - Their dotted path.
 * @returns The properties.
 * @throws {@link DocumentError} naming the offending field; `server` and `port` exclude each other.
 */
export function parseFloatingIp(fields: Fields, path: string): KindProperties['floatingIp'] {
  rejectUnknown(fields, ['network', 'server', 'port'], path);
  const server = optionalTarget(fields.server, `${path}.server`);
  const port = optionalTarget(fields.port, `${path}.port`);
  if (server !== undefined && port !== undefined) {
    throw new DocumentError(`${path}.port`, 'give either server or port, not both');
  }
  return { network: readTarget(fields.network, `${path}.network`), server, port };
}
