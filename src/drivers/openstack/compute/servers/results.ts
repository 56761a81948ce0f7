import { ResponseShapeError } from '../../../../errors/response-shape-error.ts';
import type { JsonObject } from '../../../../shape/expect.ts';
import { expectId, expectObject, expectString, optionalString } from '../../../../shape/expect.ts';
import { arr, id, obj, optId, optNum, optObj, optStr, optText, str, strMap } from '../fields.ts';
import type { CreatedServer, Server, ServerAddress, ServerFault, ServerFlavor } from './types.ts';

function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return undefined;
  return expectString(value, path).toLowerCase() === 'true';
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The readers below take the parent's path and build a nested path only when a check fails: one server has
// about a dozen nested values, and building their paths up front cost more than checking them.

function parseAddress(raw: unknown, path: string, network: string, i: number): ServerAddress {
  if (!isObject(raw)) throw new ResponseShapeError(`${path}.addresses.${network}[${i}]`, 'an object', raw);
  const addr = raw.addr;
  const type = raw['OS-EXT-IPS:type'];
  const mac = raw['OS-EXT-IPS-MAC:mac_addr'];
  const version = raw.version;
  if (
    typeof addr === 'string' &&
    (typeof type === 'string' || type === undefined) &&
    (typeof mac === 'string' || mac === undefined) &&
    typeof version === 'number'
  ) {
    return { addr, version, type, macAddr: mac };
  }
  const here = `${path}.addresses.${network}[${i}]`;
  const checked = str(raw, 'addr', here);
  return {
    addr: checked,
    version: optNum(raw, 'version', here) ?? (checked.includes(':') ? 6 : 4),
    type: optStr(raw, 'OS-EXT-IPS:type', here),
    macAddr: optStr(raw, 'OS-EXT-IPS-MAC:mac_addr', here),
  };
}

function parseAddresses(value: unknown, path: string): Record<string, readonly ServerAddress[]> {
  const out: Record<string, readonly ServerAddress[]> = {};
  if (value === undefined || value === null) return out;
  const networks = isObject(value) ? value : obj(value, `${path}.addresses`);
  for (const network in networks) {
    const list = networks[network];
    if (!Array.isArray(list)) {
      arr(list, `${path}.addresses.${network}`); // throws unless missing or null
      out[network] = [];
      continue;
    }
    const parsed: ServerAddress[] = [];
    for (let i = 0; i < list.length; i++) parsed.push(parseAddress(list[i], path, network, i));
    out[network] = parsed;
  }
  return out;
}

/** `image` is an object, or `""` for a server booted from a volume. */
function parseImageId(s: JsonObject, path: string): string | undefined {
  const image = s.image;
  if (image === '' || image === undefined || image === null) return undefined;
  if (isObject(image) && typeof image.id === 'string') return image.id;
  const checked = obj(image, `${path}.image`);
  return optId(checked, 'id', `${path}.image`);
}

const NO_STRINGS: Readonly<Record<string, string>> = Object.freeze({});

function stringMap(value: unknown, path: string, key: string): Readonly<Record<string, string>> {
  if (value === undefined || value === null) return NO_STRINGS;
  if (isObject(value)) {
    let plain = true;
    for (const name in value) {
      if (typeof value[name] !== 'string') {
        plain = false;
        break;
      }
    }
    if (plain) return value as Readonly<Record<string, string>>;
  }
  return strMap(value, `${path}.${key}`);
}

function parseFlavor(s: JsonObject, path: string): ServerFlavor | undefined {
  const f = s.flavor;
  if (f === undefined || f === null) return undefined;
  if (!isObject(f)) throw new ResponseShapeError(`${path}.flavor`, 'an object', f);
  const { id, original_name: name, ram, vcpus, disk } = f;
  if (
    (typeof id === 'string' || id === undefined) &&
    (typeof name === 'string' || name === undefined) &&
    (typeof ram === 'number' || ram === undefined) &&
    (typeof vcpus === 'number' || vcpus === undefined) &&
    (typeof disk === 'number' || disk === undefined)
  ) {
    const extraSpecs = stringMap(f.extra_specs, `${path}.flavor`, 'extra_specs');
    return { id, originalName: name, ram, vcpus, disk, extraSpecs };
  }
  const here = `${path}.flavor`;
  return {
    id: optId(f, 'id', here),
    originalName: optStr(f, 'original_name', here),
    ram: optNum(f, 'ram', here),
    vcpus: optNum(f, 'vcpus', here),
    disk: optNum(f, 'disk', here),
    extraSpecs: stringMap(f.extra_specs, here, 'extra_specs'),
  };
}

function parseFault(s: JsonObject, path: string): ServerFault | undefined {
  const f = optObj(s, 'fault', path);
  if (f === undefined) return undefined;
  const here = `${path}.fault`;
  return {
    code: optNum(f, 'code', here),
    message: optStr(f, 'message', here) ?? '',
    created: optStr(f, 'created', here),
  };
}

const NO_NAMES: readonly string[] = Object.freeze([]);

function names(value: unknown, parent: string, field: string, key: string): readonly string[] {
  const read = key === 'id' ? id : str;
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return NO_NAMES;
  const list = arr(value, `${parent}.${field}`);
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const name = isObject(item) ? item[key] : undefined;
    out.push(
      typeof name === 'string'
        ? name
        : read(obj(item, `${parent}.${field}[${i}]`), key, `${parent}.${field}[${i}]`),
    );
  }
  return out;
}

function strings(value: unknown, parent: string, field: string): readonly string[] {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return NO_NAMES;
  const list = arr(value, `${parent}.${field}`);
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    out.push(typeof item === 'string' ? item : expectString(item, `${parent}.${field}[${i}]`));
  }
  return out;
}

/**
 * Parses one server from a show or detailed list response, in any microversion 2.1–2.96.
 *
 * @param raw - The `server` object (or one element of `servers`).
 * @param path - Its JSON path, for errors.
 * @returns The server.
 * @throws {@link "index"!ResponseShapeError} naming the path of a field with an unexpected type.
 * @remarks Accepts the embedded flavor of 2.47+, `image: ""` for boot-from-volume, and the partial records of
 * servers in a down cell (2.69+: no name, no addresses). Hot path of every list: paths are built only on error.
 */
export function parseServer(raw: unknown, path: string): Server {
  const s = obj(raw, path);
  return {
    id: id(s, 'id', path),
    name: optStr(s, 'name', path) ?? '',
    status: optStr(s, 'status', path) ?? 'UNKNOWN',
    tenantId: optStr(s, 'tenant_id', path),
    userId: optStr(s, 'user_id', path),
    imageId: parseImageId(s, path),
    flavor: parseFlavor(s, path),
    addresses: parseAddresses(s.addresses, path),
    metadata: stringMap(s.metadata, path, 'metadata'),
    keyName: optStr(s, 'key_name', path),
    availabilityZone: optText(s, 'OS-EXT-AZ:availability_zone', path),
    created: optStr(s, 'created', path),
    updated: optStr(s, 'updated', path),
    taskState: optStr(s, 'OS-EXT-STS:task_state', path),
    vmState: optStr(s, 'OS-EXT-STS:vm_state', path),
    powerState: optNum(s, 'OS-EXT-STS:power_state', path),
    progress: optNum(s, 'progress', path),
    securityGroups: names(s.security_groups, path, 'security_groups', 'name'),
    volumeIds: names(
      s['os-extended-volumes:volumes_attached'],
      path,
      'os-extended-volumes:volumes_attached',
      'id',
    ),
    tags: strings(s.tags, path, 'tags'),
    locked: typeof s.locked === 'boolean' ? s.locked : optionalBoolean(s.locked, `${path}.locked`),
    lockedReason: optStr(s, 'locked_reason', path),
    description: optStr(s, 'description', path),
    hostId: optText(s, 'hostId', path),
    accessIPv4: optText(s, 'accessIPv4', path),
    accessIPv6: optText(s, 'accessIPv6', path),
    fault: parseFault(s, path),
  };
}

/**
 * Parses the answer to a server create.
 *
 * @param body - The response body.
 * @returns The new server's id and admin password.
 * @throws {@link "index"!ResponseShapeError} when `server.id` is missing.
 */
export function parseCreatedServer(body: unknown): CreatedServer {
  const s = expectObject(expectObject(body, '$').server, '$.server');
  return Object.freeze({
    id: expectId(s.id, '$.server.id'),
    adminPass: optionalString(s.adminPass, '$.server.adminPass'),
  });
}
