import { DocumentError } from '../document-error.ts';
import { type Fields, optionalList, optionalString, rejectUnknown } from '../read.ts';
import type { KindProperties, Target } from '../types.ts';
import { optionalTarget, readTarget } from '../values.ts';

function targets(value: unknown, path: string): readonly Target[] {
  return optionalList(value, path).map((item, i) => readTarget(item, `${path}[${i}]`));
}

/**
 * Validates the properties of a `server` resource.
 *
 * @param fields - The raw properties.
 * @param path - Their dotted path.
 * @returns The properties.
 * @throws {@link DocumentError} naming the offending field; a server needs at least one network or port.
 */
export function parseServer(fields: Fields, path: string): KindProperties['server'] {
  rejectUnknown(
    fields,
    ['image', 'flavor', 'keyPair', 'networks', 'ports', 'securityGroups', 'userData', 'availabilityZone'],
    path,
  );
  const networks = targets(fields.networks, `${path}.networks`);
  const ports = targets(fields.ports, `${path}.ports`);
  if (networks.length + ports.length === 0) {
    throw new DocumentError(`${path}.networks`, 'a server needs at least one entry in networks or ports');
  }
  return {
    image: readTarget(fields.image, `${path}.image`),
    flavor: readTarget(fields.flavor, `${path}.flavor`),
    keyPair: optionalTarget(fields.keyPair, `${path}.keyPair`),
    networks,
    ports,
    securityGroups: targets(fields.securityGroups, `${path}.securityGroups`),
    userData: optionalString(fields.userData, `${path}.userData`),
    availabilityZone: optionalString(fields.availabilityZone, `${path}.availabilityZone`),
  };
}
