import { expectArray, expectNumber, expectObject, expectString } from '../../../../shape/expect.ts';
import type { V10Limits, V10RateLimit } from './types.ts';

/**
 * Parses one rate limit; `resetTime` is in epoch seconds.
 *
 * @param raw - One entry of `limits.rate`.
 * @param path - Its JSON path.
 * @returns The rate limit.
 * @throws {@link "index"!ResponseShapeError} naming the path of a missing or mistyped field.
 */
export function parseV10RateLimit(raw: unknown, path: string): V10RateLimit {
  const obj = expectObject(raw, path);
  return Object.freeze({
    verb: expectString(obj.verb, `${path}.verb`),
    uri: expectString(obj.URI, `${path}.URI`),
    regex: expectString(obj.regex, `${path}.regex`),
    value: expectNumber(obj.value, `${path}.value`),
    remaining: expectNumber(obj.remaining, `${path}.remaining`),
    unit: expectString(obj.unit, `${path}.unit`),
    resetTime: new Date(expectNumber(obj.resetTime, `${path}.resetTime`) * 1000),
  });
}

/**
 * Parses `{ "limits": { "rate": [...], "absolute": { … } } }` (JSON, or XML decoded by {@link "drivers/openstack/wire"!decodeV10Xml}).
 *
 * @param body - The response body.
 * @returns The limits; a missing section is empty.
 * @throws {@link "index"!ResponseShapeError} naming the path of a missing or mistyped field.
 */
export function parseV10LimitsBody(body: unknown): V10Limits {
  const limits = expectObject(expectObject(body, '$').limits, '$.limits');
  const rate = limits.rate === undefined ? [] : expectArray(limits.rate, '$.limits.rate');
  const absolute: Record<string, number> = {};
  const rawAbsolute = limits.absolute === undefined ? {} : expectObject(limits.absolute, '$.limits.absolute');
  for (const [name, value] of Object.entries(rawAbsolute)) {
    absolute[name] = expectNumber(value, `$.limits.absolute.${name}`);
  }
  return Object.freeze({
    rate: Object.freeze(rate.map((item, i) => parseV10RateLimit(item, `$.limits.rate[${i}]`))),
    absolute: Object.freeze(absolute),
  });
}
