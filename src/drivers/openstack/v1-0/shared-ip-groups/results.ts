import { expectArray, expectObject, expectString } from '../../../../shape/expect.ts';
import { expectV10Id } from '../wire/ids.ts';
import type { V10SharedIpGroup } from './types.ts';

/**
 * Parses a 1.0 shared IP group (JSON, or XML decoded by {@link "drivers/openstack/wire"!decodeV10Xml}).
 *
 * @param raw - The group object.
 * @param path - Its JSON path.
 * @returns The group; `servers` is `undefined` when the answer left it out (summary list).
 * @throws {@link "index"!ResponseShapeError} naming the path of a missing or mistyped field.
 */
export function parseV10SharedIpGroup(raw: unknown, path: string): V10SharedIpGroup {
  const obj = expectObject(raw, path);
  const servers =
    obj.servers === undefined
      ? undefined
      : Object.freeze(
          expectArray(obj.servers, `${path}.servers`).map((id, i) =>
            expectV10Id(id, `${path}.servers[${i}]`),
          ),
        );
  return Object.freeze({
    id: expectV10Id(obj.id, `${path}.id`),
    name: expectString(obj.name, `${path}.name`),
    servers,
  });
}

/**
 * Parses `{ "sharedIpGroup": { … } }`, the body of a get or a create.
 *
 * @param body - The response body.
 * @returns The group.
 * @throws {@link "index"!ResponseShapeError} when the envelope or a field is wrong.
 */
export function parseV10SharedIpGroupBody(body: unknown): V10SharedIpGroup {
  return parseV10SharedIpGroup(expectObject(body, '$').sharedIpGroup, '$.sharedIpGroup');
}
