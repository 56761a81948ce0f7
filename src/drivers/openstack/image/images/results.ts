import {
  expectArray,
  expectBoolean,
  expectId,
  expectObject,
  expectString,
  optionalNumber,
  optionalString,
} from '../../../../shape/expect.ts';
import type { Image } from './types.ts';

const CORE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'status',
  'visibility',
  'disk_format',
  'container_format',
  'size',
  'virtual_size',
  'checksum',
  'os_hash_algo',
  'os_hash_value',
  'owner',
  'protected',
  'min_ram',
  'min_disk',
  'tags',
  'created_at',
  'updated_at',
  'self',
  'file',
  'schema',
]);

/**
 * Parses one Glance v2 image; keys Glance does not define become `properties`.
 *
 * @param raw - The image object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed image.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a value with the wrong type.
 */
export function parseImage(raw: unknown, path = '$'): Image {
  const o = expectObject(raw, path);
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) if (!CORE_KEYS.has(key)) properties[key] = value;
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    name: optionalString(o.name, `${path}.name`),
    status: expectString(o.status, `${path}.status`),
    visibility: expectString(o.visibility, `${path}.visibility`),
    diskFormat: optionalString(o.disk_format, `${path}.disk_format`),
    containerFormat: optionalString(o.container_format, `${path}.container_format`),
    sizeBytes: optionalNumber(o.size, `${path}.size`),
    virtualSizeBytes: optionalNumber(o.virtual_size, `${path}.virtual_size`),
    checksum: optionalString(o.checksum, `${path}.checksum`),
    hashAlgorithm: optionalString(o.os_hash_algo, `${path}.os_hash_algo`),
    hashValue: optionalString(o.os_hash_value, `${path}.os_hash_value`),
    owner: optionalString(o.owner, `${path}.owner`),
    protected: o.protected === undefined ? false : expectBoolean(o.protected, `${path}.protected`),
    minRamMb: optionalNumber(o.min_ram, `${path}.min_ram`) ?? 0,
    minDiskGb: optionalNumber(o.min_disk, `${path}.min_disk`) ?? 0,
    tags: parseStrings(o.tags, `${path}.tags`),
    createdAt: expectString(o.created_at, `${path}.created_at`),
    updatedAt: optionalString(o.updated_at, `${path}.updated_at`),
    properties: Object.freeze(properties),
  });
}

function parseStrings(value: unknown, path: string): readonly string[] {
  if (value === undefined || value === null) return Object.freeze([]);
  return Object.freeze(expectArray(value, path).map((v, i) => expectString(v, `${path}[${i}]`)));
}
