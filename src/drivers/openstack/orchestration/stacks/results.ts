import {
  expectArray,
  expectId,
  expectObject,
  expectString,
  optionalString,
} from '../../../../shape/expect.ts';
import type { Stack, StackOutput, StackRef } from './types.ts';

/**
 * Parses one Heat stack (from a list or a get).
 *
 * @param raw - The stack object from the wire.
 * @param path - Its JSON path, for errors.
 * @returns The typed stack.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseStack(raw: unknown, path = '$'): Stack {
  const o = expectObject(raw, path);
  const params: Record<string, string> = {};
  const rawParams = o.parameters === undefined || o.parameters === null ? {} : o.parameters;
  for (const [k, v] of Object.entries(expectObject(rawParams, `${path}.parameters`))) {
    params[k] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  const tags = o.tags === undefined || o.tags === null ? [] : expectArray(o.tags, `${path}.tags`);
  return Object.freeze({
    id: expectId(o.id, `${path}.id`),
    name: expectString(o.stack_name, `${path}.stack_name`),
    status: expectString(o.stack_status, `${path}.stack_status`),
    statusReason: optionalString(o.stack_status_reason, `${path}.stack_status_reason`),
    description: optionalString(o.description, `${path}.description`),
    createdAt: optionalString(o.creation_time, `${path}.creation_time`),
    updatedAt: optionalString(o.updated_time, `${path}.updated_time`),
    outputs: parseOutputs(o.outputs, `${path}.outputs`),
    parameters: Object.freeze(params),
    tags: Object.freeze(tags.map((t, i) => expectString(t, `${path}.tags[${i}]`))),
  });
}

function parseOutputs(value: unknown, path: string): readonly StackOutput[] {
  if (value === undefined || value === null) return Object.freeze([]);
  return Object.freeze(
    expectArray(value, path).map((raw, i) => {
      const o = expectObject(raw, `${path}[${i}]`);
      return Object.freeze({
        key: expectString(o.output_key, `${path}[${i}].output_key`),
        value: o.output_value,
        description: optionalString(o.description, `${path}[${i}].description`),
        error: optionalString(o.output_error, `${path}[${i}].output_error`),
      });
    }),
  );
}

/**
 * Parses the answer to a create: `{"stack": {"id", "links"}}`.
 *
 * @param body - The response body.
 * @param name - The name that was sent.
 * @returns The new stack's name and id.
 * @throws {@link "index"!ResponseShapeError} naming the JSON path of a bad value.
 */
export function parseCreatedStack(body: unknown, name: string): StackRef {
  const stack = expectObject(expectObject(body, '$').stack, '$.stack');
  return Object.freeze({ name, id: expectId(stack.id, '$.stack.id') });
}
