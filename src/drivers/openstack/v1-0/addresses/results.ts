import { expectArray, expectObject, expectString } from '../../../../shape/expect.ts';
import type { V10Addresses } from './types.ts';

/**
 * Parses a 1.0 address object, `{ public: [...], private: [...] }`; a missing list is empty.
 *
 * @param raw - The `addresses` value.
 * @param path - Its JSON path.
 * @returns The addresses.
 * @throws {@link "index"!ResponseShapeError} naming the path of a value that is not a list of strings.
 */
export function parseV10Addresses(raw: unknown, path: string): V10Addresses {
  if (raw === undefined || raw === null || raw === '') return Object.freeze({ public: [], private: [] });
  const obj = expectObject(raw, path);
  return Object.freeze({
    public: parseIpList(obj.public, `${path}.public`),
    private: parseIpList(obj.private, `${path}.private`),
  });
}

/**
 * Parses one address list; `undefined` gives an empty list.
 *
 * @param raw - The list.
 * @param path - Its JSON path.
 * @returns The addresses, frozen.
 * @throws {@link "index"!ResponseShapeError} naming the path of an entry that is not a string.
 */
export function parseIpList(raw: unknown, path: string): readonly string[] {
  if (raw === undefined || raw === null) return Object.freeze([]);
  return Object.freeze(expectArray(raw, path).map((ip, i) => expectString(ip, `${path}[${i}]`)));
}
