import { expectObject, expectString, optionalNumber, optionalString } from '../../../../shape/expect.ts';
import { optionalV10Date } from '../wire/dates.ts';
import { expectV10Id, optionalV10Id } from '../wire/ids.ts';
import type { V10Image, V10ImageRef } from './types.ts';

/**
 * Parses an image from the summary list: id and name.
 *
 * @param raw - One entry of `images`.
 * @param path - Its JSON path.
 * @returns The image reference.
 * @throws {@link "index"!ResponseShapeError} naming the path of a missing or mistyped field.
 */
export function parseV10ImageRef(raw: unknown, path: string): V10ImageRef {
  const obj = expectObject(raw, path);
  return Object.freeze({
    id: expectV10Id(obj.id, `${path}.id`),
    name: expectString(obj.name, `${path}.name`),
  });
}

/**
 * Parses a full 1.0 image (JSON, or XML decoded by {@link "drivers/openstack/wire"!decodeV10Xml}).
 *
 * @param raw - The image object.
 * @param path - Its JSON path.
 * @returns The image.
 * @throws {@link "index"!ResponseShapeError} naming the path of a missing or mistyped field.
 */
export function parseV10Image(raw: unknown, path: string): V10Image {
  const obj = expectObject(raw, path);
  return Object.freeze({
    ...parseV10ImageRef(obj, path),
    status: optionalString(obj.status, `${path}.status`),
    created: optionalV10Date(obj.created, `${path}.created`),
    updated: optionalV10Date(obj.updated, `${path}.updated`),
    serverId: optionalV10Id(obj.serverId, `${path}.serverId`),
    progress: optionalNumber(obj.progress, `${path}.progress`),
    minDisk: optionalNumber(obj.minDisk, `${path}.minDisk`),
    minRam: optionalNumber(obj.minRam, `${path}.minRam`),
  });
}

/**
 * Parses `{ "image": { … } }`, the body of a get or a create.
 *
 * @param body - The response body.
 * @returns The image.
 * @throws {@link "index"!ResponseShapeError} when the envelope or a field is wrong.
 */
export function parseV10ImageBody(body: unknown): V10Image {
  return parseV10Image(expectObject(body, '$').image, '$.image');
}
