import {
  expectId,
  expectNumber,
  expectObject,
  expectString,
  expectStringMap,
  optionalNumber,
  optionalString,
} from '../../../../shape/expect.ts';
import type { Flavor } from './types.ts';

/**
 * Parses one flavor, in any microversion (description from 2.55, extra specs from 2.61).
 *
 * @param raw - The `flavor` object.
 * @param path - Its JSON path.
 * @returns The flavor.
 * @throws {@link "index"!ResponseShapeError} naming the path of a bad field.
 * @remarks Nova sends `swap: ""` for a flavor without swap; it becomes 0.
 */
export function parseFlavor(raw: unknown, path: string): Flavor {
  const f = expectObject(raw, path);
  return Object.freeze({
    id: expectId(f.id, `${path}.id`),
    name: expectString(f.name, `${path}.name`),
    ram: expectNumber(f.ram, `${path}.ram`),
    disk: expectNumber(f.disk, `${path}.disk`),
    vcpus: expectNumber(f.vcpus, `${path}.vcpus`),
    swap: f.swap === '' ? 0 : (optionalNumber(f.swap, `${path}.swap`) ?? 0),
    ephemeral: optionalNumber(f['OS-FLV-EXT-DATA:ephemeral'], `${path}.OS-FLV-EXT-DATA:ephemeral`) ?? 0,
    isPublic: f['os-flavor-access:is_public'] !== false,
    disabled: f['OS-FLV-DISABLED:disabled'] === true,
    rxtxFactor: optionalNumber(f.rxtx_factor, `${path}.rxtx_factor`),
    description: optionalString(f.description, `${path}.description`),
    extraSpecs: expectStringMap(f.extra_specs, `${path}.extra_specs`),
  });
}

/**
 * @param body - The answer to `GET /flavors/{id}/os-extra_specs`.
 * @returns The extra specs.
 */
export function parseExtraSpecs(body: unknown): Readonly<Record<string, string>> {
  return expectStringMap(expectObject(body, '$').extra_specs, '$.extra_specs');
}
