import { DocumentError } from '../document-error.ts';
import {
  type Fields,
  optionalInteger,
  optionalList,
  optionalString,
  readObject,
  rejectUnknown,
} from '../read.ts';
import type { KindProperties, RuleSpec } from '../types.ts';
import { optionalTarget } from '../values.ts';

const PORT = { min: 0, max: 65535 } as const;

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null) return fallback;
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw new DocumentError(path, `expected one of ${allowed.join(', ')}`, value);
  return found;
}

function parseRule(raw: unknown, path: string): RuleSpec {
  const fields = readObject(raw, path);
  rejectUnknown(fields, ['direction', 'ethertype', 'protocol', 'portMin', 'portMax', 'remoteIpPrefix'], path);
  const protocol = typeof fields.protocol === 'number' ? String(fields.protocol) : fields.protocol;
  const portMin = optionalInteger(fields.portMin, `${path}.portMin`, PORT);
  const portMax = optionalInteger(fields.portMax, `${path}.portMax`, PORT) ?? portMin;
  if (portMin !== undefined && portMax !== undefined && portMax < portMin) {
    throw new DocumentError(`${path}.portMax`, `must not be below portMin (${portMin})`, portMax);
  }
  return {
    direction: oneOf(fields.direction, `${path}.direction`, ['ingress', 'egress'], 'ingress'),
    ethertype: oneOf(fields.ethertype, `${path}.ethertype`, ['IPv4', 'IPv6'], 'IPv4'),
    protocol: optionalString(protocol, `${path}.protocol`)?.toLowerCase(),
    portMin,
    portMax,
    remoteIpPrefix: optionalString(fields.remoteIpPrefix, `${path}.remoteIpPrefix`),
  };
}

/**
 * Validates the properties of a `securityGroup` resource.
 *
 * @param fields - The raw properties.
 * @param path - Their dotted path.
 * @returns The properties.
 * @throws {@link DocumentError} naming the offending rule field.
 */
export function parseSecurityGroup(fields: Fields, path: string): KindProperties['securityGroup'] {
  rejectUnknown(fields, ['description', 'rules', 'network'], path);
  return {
    network: optionalTarget(fields.network, `${path}.network`),
    description: optionalString(fields.description, `${path}.description`) ?? '',
    rules: optionalList(fields.rules, `${path}.rules`).map((rule, i) =>
      parseRule(rule, `${path}.rules[${i}]`),
    ),
  };
}
