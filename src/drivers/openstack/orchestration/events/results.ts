import {
  expectId,
  expectObject,
  expectString,
  optionalId,
  optionalString,
} from '../../../../shape/expect.ts';
import type { StackEvent } from './types.ts';

/**
 * Parses one stack event.
 *
 * @param raw - The event object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed event.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseStackEvent(raw: unknown, path = '$'): StackEvent {
  const o = expectObject(raw, path);
  const physical = optionalId(o.physical_resource_id, `${path}.physical_resource_id`);
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    time: expectString(o.event_time, `${path}.event_time`),
    resourceName: expectId(o.resource_name ?? o.logical_resource_id, `${path}.resource_name`),
    physicalId: physical === '' ? undefined : physical,
    status: expectString(o.resource_status, `${path}.resource_status`),
    statusReason: optionalString(o.resource_status_reason, `${path}.resource_status_reason`),
  });
}
