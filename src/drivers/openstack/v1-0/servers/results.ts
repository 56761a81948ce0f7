import {
  expectObject,
  expectString,
  expectStringMap,
  optionalNumber,
  optionalString,
} from '../../../../shape/expect.ts';
import { parseV10Addresses } from '../addresses/results.ts';
import { expectV10Id, optionalV10Id } from '../wire/ids.ts';
import type { V10Server, V10ServerRef } from './types.ts';

/**
 * Parses a server from the summary list: id and name.
 *
 * @param raw - One entry of `servers`.
 * @param path - Its JSON path.
 * @returns The server reference.
 * @throws {@link "index"!ResponseShapeError} naming the path of a missing or mistyped field.
 */
export function parseV10ServerRef(raw: unknown, path: string): V10ServerRef {
  const obj = expectObject(raw, path);
  return Object.freeze({
    id: expectV10Id(obj.id, `${path}.id`),
    name: expectString(obj.name, `${path}.name`),
  });
}

/**
 * Parses a full 1.0 server (JSON, or XML decoded by {@link "drivers/openstack/wire"!decodeV10Xml}: numbers may arrive as strings).
 *
 * @param raw - The server object.
 * @param path - Its JSON path.
 * @returns The server; `adminPass`, when present, is a non-enumerable property.
 * @throws {@link "index"!ResponseShapeError} naming the path of a missing or mistyped field.
 */
export function parseV10Server(raw: unknown, path: string): V10Server {
  const obj = expectObject(raw, path);
  const server: V10Server = {
    ...parseV10ServerRef(obj, path),
    status: expectString(obj.status, `${path}.status`),
    progress: optionalNumber(obj.progress, `${path}.progress`),
    hostId: optionalString(obj.hostId, `${path}.hostId`),
    imageId: optionalV10Id(obj.imageId, `${path}.imageId`),
    flavorId: optionalV10Id(obj.flavorId, `${path}.flavorId`),
    sharedIpGroupId: optionalV10Id(obj.sharedIpGroupId, `${path}.sharedIpGroupId`),
    addresses: parseV10Addresses(obj.addresses, `${path}.addresses`),
    metadata: expectStringMap(obj.metadata, `${path}.metadata`),
  };
  const adminPass = optionalString(obj.adminPass, `${path}.adminPass`);
  if (adminPass !== undefined)
    Object.defineProperty(server, 'adminPass', { value: adminPass, enumerable: false });
  return Object.freeze(server);
}

/**
 * Parses `{ "server": { … } }`, the body of a get or a create.
 *
 * @param body - The response body.
 * @returns The server.
 * @throws {@link "index"!ResponseShapeError} when the envelope or a field is wrong.
 */
export function parseV10ServerBody(body: unknown): V10Server {
  return parseV10Server(expectObject(body, '$').server, '$.server');
}
