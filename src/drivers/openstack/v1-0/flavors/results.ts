import { expectNumber, expectObject, expectString, optionalNumber } from '../../../../shape/expect.ts';
import { expectV10Id } from '../wire/ids.ts';
import type { V10Flavor, V10FlavorRef } from './types.ts';

/**
 * Parses a flavor from the summary list: id and name.
 *
 * @param raw - One entry of `flavors`.
 * @param path - Its JSON path.
 * @returns The flavor reference.
 * @throws {@link "index"!ResponseShapeError} naming the path of a missing or mistyped field.
 */
export function parseV10FlavorRef(raw: unknown, path: string): V10FlavorRef {
  const obj = expectObject(raw, path);
  return Object.freeze({
    id: expectV10Id(obj.id, `${path}.id`),
    name: expectString(obj.name, `${path}.name`),
  });
}

/**
 * Parses a full 1.0 flavor (JSON, or XML decoded by {@link "drivers/openstack/wire"!decodeV10Xml}).
 *
 * @param raw - The flavor object.
 * @param path - Its JSON path.
 * @returns The flavor.
 * @throws {@link "index"!ResponseShapeError} naming the path of a missing or mistyped field.
 */
export function parseV10Flavor(raw: unknown, path: string): V10Flavor {
  const obj = expectObject(raw, path);
  return Object.freeze({
    ...parseV10FlavorRef(obj, path),
    ram: expectNumber(obj.ram, `${path}.ram`),
    disk: expectNumber(obj.disk, `${path}.disk`),
    vcpus: optionalNumber(obj.vcpus, `${path}.vcpus`),
  });
}

/**
 * Parses `{ "flavor": { … } }`.
 *
 * @param body - The response body.
 * @returns The flavor.
 * @throws {@link "index"!ResponseShapeError} when the envelope or a field is wrong.
 */
export function parseV10FlavorBody(body: unknown): V10Flavor {
  return parseV10Flavor(expectObject(body, '$').flavor, '$.flavor');
}
