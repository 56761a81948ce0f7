import {
  expectArray,
  expectId,
  expectObject,
  expectString,
  optionalId,
  optionalString,
} from '../../../../shape/expect.ts';
import type { StackResource } from './types.ts';

function stackLinkName(links: unknown, path: string): string | undefined {
  if (links === undefined || links === null) return undefined;
  for (const [i, raw] of expectArray(links, path).entries()) {
    const link = expectObject(raw, `${path}[${i}]`);
    if (link.rel !== 'stack') continue;
    const href = expectString(link.href, `${path}[${i}].href`);
    const parts = new URL(href).pathname.split('/');
    return decodeURIComponent(parts.at(-2) ?? '');
  }
  return undefined;
}

/**
 * Parses one stack resource.
 *
 * @param raw - The resource object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed resource.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseStackResource(raw: unknown, path = '$'): StackResource {
  const o = expectObject(raw, path);
  const physical = optionalId(o.physical_resource_id, `${path}.physical_resource_id`);
  return Object.freeze({
    name: expectId(o.resource_name ?? o.logical_resource_id, `${path}.resource_name`),
    physicalId: physical === '' ? undefined : physical,
    type: expectString(o.resource_type, `${path}.resource_type`),
    status: expectString(o.resource_status, `${path}.resource_status`),
    statusReason: optionalString(o.resource_status_reason, `${path}.resource_status_reason`),
    updatedAt: optionalString(o.updated_time, `${path}.updated_time`),
    stackName: stackLinkName(o.links, `${path}.links`),
  });
}

/**
 * Parses `{"resources": [...]}`.
 *
 * @param body - The response body.
 * @returns The resources.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseStackResources(body: unknown): StackResource[] {
  const list = expectArray(expectObject(body, '$').resources, '$.resources');
  return list.map((r, i) => parseStackResource(r, `$.resources[${i}]`));
}
