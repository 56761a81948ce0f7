import {
  expectArray,
  expectId,
  expectObject,
  expectString,
  expectStringMap,
  optionalString,
} from '../../../../shape/expect.ts';
import type { VolumeType } from './types.ts';

/**
 * Parses one volume type.
 *
 * @param raw - The type object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed volume type.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseVolumeType(raw: unknown, path = '$'): VolumeType {
  const o = expectObject(raw, path);
  const isPublic = o.is_public ?? o['os-volume-type-access:is_public'];
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    name: expectString(o.name, `${path}.name`),
    description: optionalString(o.description, `${path}.description`),
    isPublic: isPublic !== false,
    extraSpecs: expectStringMap(o.extra_specs, `${path}.extra_specs`),
  });
}

/**
 * Parses `{"volume_types": [...]}`.
 *
 * @param body - The response body.
 * @returns The volume types.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseVolumeTypes(body: unknown): VolumeType[] {
  const types = expectArray(expectObject(body, '$').volume_types, '$.volume_types');
  return types.map((t, i) => parseVolumeType(t, `$.volume_types[${i}]`));
}
