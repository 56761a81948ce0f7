import { expectArray, expectObject, expectString } from '../../../../shape/expect.ts';

/**
 * Parses `{ "tags": [...] }`.
 *
 * @param raw - The body.
 * @returns The tags.
 * @throws {@link ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseTags(raw: unknown): readonly string[] {
  const tags = expectArray(expectObject(raw, '$').tags, '$.tags');
  return Object.freeze(tags.map((t, i) => expectString(t, `$.tags[${i}]`)));
}

/**
 * Parses the ids out of one item of a `fields=id` list.
 *
 * @param raw - One item.
 * @param path - Its JSON path.
 * @returns The id.
 * @throws {@link ResponseShapeError} when the item has no string id.
 */
export function parseIdOnly(raw: unknown, path: string): string {
  return expectString(expectObject(raw, path).id, `${path}.id`);
}
