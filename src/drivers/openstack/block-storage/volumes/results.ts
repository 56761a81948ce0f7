import {
  expectArray,
  expectId,
  expectNumber,
  expectObject,
  expectString,
  expectStringMap,
  optionalId,
  optionalString,
} from '../../../../shape/expect.ts';
import type { Volume, VolumeAttachmentInfo } from './types.ts';

/**
 * Parses one Cinder volume.
 *
 * @remarks Cinder sends `bootable` as the string `"true"`/`"false"`.
 * @param raw - The volume object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed volume.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseVolume(raw: unknown, path = '$'): Volume {
  const o = expectObject(raw, path);
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    name: optionalString(o.name, `${path}.name`) ?? '',
    status: expectString(o.status, `${path}.status`),
    sizeGb: expectNumber(o.size, `${path}.size`),
    volumeType: optionalString(o.volume_type, `${path}.volume_type`),
    availabilityZone: optionalString(o.availability_zone, `${path}.availability_zone`),
    bootable: o.bootable === true || o.bootable === 'true',
    multiattach: o.multiattach === true,
    description: optionalString(o.description, `${path}.description`),
    snapshotId: optionalId(o.snapshot_id, `${path}.snapshot_id`),
    sourceVolumeId: optionalId(o.source_volid, `${path}.source_volid`),
    attachments: parseAttachments(o.attachments, `${path}.attachments`),
    metadata: expectStringMap(o.metadata, `${path}.metadata`),
    createdAt: expectString(o.created_at, `${path}.created_at`),
  });
}

function parseAttachments(value: unknown, path: string): readonly VolumeAttachmentInfo[] {
  if (value === undefined || value === null) return Object.freeze([]);
  return Object.freeze(
    expectArray(value, path).map((raw, i) => {
      const a = expectObject(raw, `${path}[${i}]`);
      return Object.freeze({
        serverId: expectId(a.server_id, `${path}[${i}].server_id`),
        attachmentId: optionalId(a.attachment_id, `${path}[${i}].attachment_id`),
        device: optionalString(a.device, `${path}[${i}].device`),
      });
    }),
  );
}
