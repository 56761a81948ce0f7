import type { JsonObject } from '../../../../shape/expect.ts';

/** A fault body of the 1.0 compute API, in either media type. */
export interface V10Fault {
  /** The fault element or key, e.g. `itemNotFound`, `overLimit`, `unauthorized`, `badRequest`. */
  readonly name: string;
  /** The code the fault carries (usually the HTTP status), when it is a number. */
  readonly code: number | undefined;
  /** The human message. */
  readonly message: string | undefined;
  /** Extra detail some faults carry. */
  readonly details: string | undefined;
  /** `overLimit` only: when the limit resets, as sent (an ISO 8601 time or a number of seconds). */
  readonly retryAfter: string | undefined;
}

/**
 * Reads a 1.0 fault body: `{ "<faultName>": { code, message, details?, retryAfter? } }` in JSON, or the same
 * after {@link "drivers/openstack/wire"!decodeV10Xml} for `<itemNotFound code="404"><message>…</message></itemNotFound>`.
 *
 * @param body - The decoded error body.
 * @returns The fault, or `undefined` when the body is not a 1.0 fault.
 * @example
 * ```ts
 * parseV10Fault({ itemNotFound: { code: 404, message: 'Server not found' } })?.message; // 'Server not found'
 * ```
 */
export function parseV10Fault(body: unknown): V10Fault | undefined {
  if (!isObject(body)) return undefined;
  const entries = Object.entries(body);
  const [first] = entries;
  if (entries.length !== 1 || first === undefined) return undefined;
  const [name, content] = first;
  if (!isObject(content)) return undefined;
  const code = Number(content.code);
  return {
    name,
    code: Number.isInteger(code) ? code : undefined,
    message: text(content.message),
    details: text(content.details),
    retryAfter: text(content.retryAfter),
  };
}

/**
 * Turns an `overLimit` fault's `retryAfter` into a wait in milliseconds.
 *
 * @param retryAfter - An ISO 8601 time (`2010-08-01T00:00:00Z`) or a number of seconds.
 * @param nowMs - The current time in epoch milliseconds.
 * @returns The wait (never negative), or `undefined` when the value cannot be read.
 */
export function retryAfterToMs(retryAfter: string | undefined, nowMs: number): number | undefined {
  if (retryAfter === undefined || retryAfter.trim() === '') return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(retryAfter);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * The one-line fault text used in error messages: the message, then the details when they add something.
 *
 * @param fault - The parsed fault.
 * @returns `message (details)`, or the fault name when there is no message.
 */
export function faultText(fault: V10Fault): string {
  const message = fault.message ?? fault.name;
  return fault.details && fault.details !== message ? `${message} (${fault.details})` : message;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}
