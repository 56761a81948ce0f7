import { expectArray, expectId, expectObject, optionalString } from '../../../../shape/expect.ts';
import type { VolumeAttachment } from './types.ts';

/**
 * Parses one Nova volume attachment.
 *
 * @param raw - The attachment object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed attachment.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseVolumeAttachment(raw: unknown, path = '$'): VolumeAttachment {
  const o = expectObject(raw, path);
  return Object.freeze({
    id: expectId(o.id ?? o.volumeId, `${path}.id`),
    serverId: expectId(o.serverId, `${path}.serverId`),
    volumeId: expectId(o.volumeId, `${path}.volumeId`),
    device: optionalString(o.device, `${path}.device`),
  });
}

/**
 * Parses `{"volumeAttachments": [...]}`.
 *
 * @param body - The response body.
 * @returns The attachments.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseVolumeAttachments(body: unknown): VolumeAttachment[] {
  const list = expectArray(expectObject(body, '$').volumeAttachments, '$.volumeAttachments');
  return list.map((a, i) => parseVolumeAttachment(a, `$.volumeAttachments[${i}]`));
}
