import {
  expectId,
  expectNumber,
  expectObject,
  expectString,
  expectStringMap,
  optionalString,
} from '../../../../shape/expect.ts';
import type { Snapshot } from './types.ts';

/**
 * Parses one Cinder snapshot.
 *
 * @param raw - The snapshot object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed snapshot.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseSnapshot(raw: unknown, path = '$'): Snapshot {
  const o = expectObject(raw, path);
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    name: optionalString(o.name, `${path}.name`) ?? '',
    status: expectString(o.status, `${path}.status`),
    sizeGb: expectNumber(o.size, `${path}.size`),
    volumeId: expectId(o.volume_id, `${path}.volume_id`),
    description: optionalString(o.description, `${path}.description`),
    metadata: expectStringMap(o.metadata, `${path}.metadata`),
    createdAt: expectString(o.created_at, `${path}.created_at`),
  });
}
