import {
  expectArray,
  expectId,
  expectObject,
  expectString,
  optionalString,
} from '../../../../shape/expect.ts';
import type { ServerGroup } from './types.ts';

/**
 * Parses a server group in either shape (`policies` before 2.64, `policy` + `rules` from 2.64).
 *
 * @param raw - The `server_group` object.
 * @param path - Its JSON path.
 * @returns The group.
 */
export function parseServerGroup(raw: unknown, path: string): ServerGroup {
  const g = expectObject(raw, path);
  const policies = g.policies === undefined ? [] : expectArray(g.policies, `${path}.policies`);
  const members = g.members === undefined ? [] : expectArray(g.members, `${path}.members`);
  return Object.freeze({
    id: expectId(g.id, `${path}.id`),
    name: optionalString(g.name, `${path}.name`) ?? '',
    policy: optionalString(g.policy, `${path}.policy`) ?? optionalString(policies[0], `${path}.policies[0]`),
    members: members.map((m, i) => expectString(m, `${path}.members[${i}]`)),
    rules: g.rules === undefined || g.rules === null ? {} : expectObject(g.rules, `${path}.rules`),
  });
}
