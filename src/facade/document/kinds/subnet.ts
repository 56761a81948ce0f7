import { DocumentError } from '../document-error.ts';
import {
  type Fields,
  optionalInteger,
  optionalList,
  readBoolean,
  readString,
  rejectUnknown,
} from '../read.ts';
import type { KindProperties } from '../types.ts';
import { readTarget } from '../values.ts';

/**
 * Validates the properties of a `subnet` resource.
 *
 * @param fields - The raw properties.
 * @param path - Their dotted path.
 * @returns The properties.
 * @throws {@link DocumentError} naming the offending field.
 */
export function parseSubnet(fields: Fields, path: string): KindProperties['subnet'] {
  rejectUnknown(fields, ['network', 'cidr', 'ipVersion', 'gatewayIp', 'enableDhcp', 'dnsNameservers'], path);
  const cidr = readString(fields.cidr, `${path}.cidr`);
  if (!/^[0-9a-fA-F:.]+\/\d{1,3}$/.test(cidr))
    throw new DocumentError(`${path}.cidr`, 'expected a CIDR such as 10.0.0.0/24', cidr);
  const ipVersion =
    optionalInteger(fields.ipVersion, `${path}.ipVersion`, { min: 4, max: 6 }) ??
    (cidr.includes(':') ? 6 : 4);
  if (ipVersion !== 4 && ipVersion !== 6)
    throw new DocumentError(`${path}.ipVersion`, 'expected 4 or 6', ipVersion);
  const gateway = fields.gatewayIp;
  if (gateway !== undefined && gateway !== null && typeof gateway !== 'string') {
    throw new DocumentError(`${path}.gatewayIp`, 'expected an address, or null for no gateway', gateway);
  }
  return {
    network: readTarget(fields.network, `${path}.network`),
    cidr,
    ipVersion,
    gatewayIp: gateway,
    enableDhcp: readBoolean(fields.enableDhcp, `${path}.enableDhcp`, true),
    dnsNameservers: optionalList(fields.dnsNameservers, `${path}.dnsNameservers`).map((item, i) =>
      readString(item, `${path}.dnsNameservers[${i}]`),
    ),
  };
}
