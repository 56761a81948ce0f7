import { DocumentError } from '../document-error.ts';
import { type Fields, optionalInteger, optionalString, rejectUnknown } from '../read.ts';
import type { KindProperties } from '../types.ts';
import { optionalTarget } from '../values.ts';

/**
 * Validates the properties of a `volume` resource.
 *
 * @param fields - The raw properties.
 * @param path - Their dotted path.
 * @returns The properties.
 * @throws {@link DocumentError} when the size is missing or not a whole number of GiB.
 */
export function parseVolume(fields: Fields, path: string): KindProperties['volume'] {
  rejectUnknown(fields, ['sizeGb', 'volumeType', 'attachTo'], path);
  const sizeGb = optionalInteger(fields.sizeGb, `${path}.sizeGb`, { min: 1, max: 65536 });
  if (sizeGb === undefined)
    throw new DocumentError(`${path}.sizeGb`, 'required: the size in GiB (a whole number, at least 1)');
  return {
    sizeGb,
    volumeType: optionalString(fields.volumeType, `${path}.volumeType`),
    attachTo: optionalTarget(fields.attachTo, `${path}.attachTo`),
  };
}
