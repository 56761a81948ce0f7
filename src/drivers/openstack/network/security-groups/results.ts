import {
  expectArray,
  expectId,
  expectObject,
  expectString,
  optionalId,
  optionalString,
} from '../../../../shape/expect.ts';
import { parseSecurityGroupRule } from '../security-group-rules/results.ts';
import { tagList } from '../shape.ts';
import type { SecurityGroup } from './types.ts';

/**
 * Parses one security group and its rules.
 *
 * @param raw - The group object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed group.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseSecurityGroup(raw: unknown, path = '$'): SecurityGroup {
  const o = expectObject(raw, path);
  const rules = o.security_group_rules ?? [];
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    tags: tagList(o.tags, `${path}.tags`),
    name: expectString(o.name, `${path}.name`),
    description: optionalString(o.description, `${path}.description`),
    rules: Object.freeze(
      expectArray(rules, `${path}.security_group_rules`).map((r, i) =>
        parseSecurityGroupRule(r, `${path}.security_group_rules[${i}]`),
      ),
    ),
    projectId: optionalId(o.project_id ?? o.tenant_id, `${path}.project_id`),
  });
}
