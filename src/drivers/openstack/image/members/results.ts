import {
  expectArray,
  expectId,
  expectObject,
  expectString,
  optionalString,
} from '../../../../shape/expect.ts';
import type { ImageMember } from './types.ts';

/**
 * Parses one image member.
 *
 * @param raw - The member object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed member.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseImageMember(raw: unknown, path = '$'): ImageMember {
  const o = expectObject(raw, path);
  return Object.freeze({
    imageId: expectId(o.image_id, `${path}.image_id`),
    memberId: expectId(o.member_id, `${path}.member_id`),
    status: expectString(o.status, `${path}.status`),
    createdAt: optionalString(o.created_at, `${path}.created_at`),
    updatedAt: optionalString(o.updated_at, `${path}.updated_at`),
  });
}

/**
 * Parses `{"members": [...]}`.
 *
 * @param body - The response body.
 * @returns The members.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseImageMembers(body: unknown): ImageMember[] {
  const members = expectArray(expectObject(body, '$').members, '$.members');
  return members.map((m, i) => parseImageMember(m, `$.members[${i}]`));
}
