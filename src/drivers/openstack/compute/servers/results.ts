import {
  expectArray,
  expectObject,
  expectString,
  expectStringMap,
  type JsonObject,
  optionalNumber,
  optionalString,
} from '../../../../shape/expect.ts';
import type { CreatedServer, Server, ServerAddress, ServerFault, ServerFlavor } from './types.ts';

function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  return expectString(value, path).toLowerCase() === 'true';
}

/** Empty strings (Nova's `accessIPv4: ""`) become `undefined`. */
function text(value: unknown, path: string): string | undefined {
  const s = optionalString(value, path);
  return s === '' ? undefined : s;
}

function parseAddresses(value: unknown, path: string): Record<string, readonly ServerAddress[]> {
  if (value === undefined || value === null) return {};
  const out: Record<string, readonly ServerAddress[]> = {};
  for (const [network, list] of Object.entries(expectObject(value, path))) {
    const here = `${path}.${network}`;
    out[network] = expectArray(list, here).map((raw, i): ServerAddress => {
      const a = expectObject(raw, `${here}[${i}]`);
      return {
        addr: expectString(a.addr, `${here}[${i}].addr`),
        version: optionalNumber(a.version, `${here}[${i}].version`) ?? (String(a.addr).includes(':') ? 6 : 4),
        type: optionalString(a['OS-EXT-IPS:type'], `${here}[${i}].OS-EXT-IPS:type`),
        macAddr: optionalString(a['OS-EXT-IPS-MAC:mac_addr'], `${here}[${i}].OS-EXT-IPS-MAC:mac_addr`),
      };
    });
  }
  return out;
}

/** `image` is an object, or `""` for a server booted from a volume. */
function parseImageId(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return optionalString(expectObject(value, path).id, `${path}.id`);
}

function parseFlavor(value: unknown, path: string): ServerFlavor | undefined {
  if (value === undefined || value === null) return undefined;
  const f = expectObject(value, path);
  return {
    id: optionalString(f.id, `${path}.id`),
    originalName: optionalString(f.original_name, `${path}.original_name`),
    ram: optionalNumber(f.ram, `${path}.ram`),
    vcpus: optionalNumber(f.vcpus, `${path}.vcpus`),
    disk: optionalNumber(f.disk, `${path}.disk`),
    extraSpecs: expectStringMap(f.extra_specs, `${path}.extra_specs`),
  };
}

function parseFault(value: unknown, path: string): ServerFault | undefined {
  if (value === undefined || value === null) return undefined;
  const f = expectObject(value, path);
  return {
    code: optionalNumber(f.code, `${path}.code`),
    message: optionalString(f.message, `${path}.message`) ?? '',
    created: optionalString(f.created, `${path}.created`),
  };
}

function names(value: unknown, path: string, key: string): string[] {
  if (value === undefined || value === null) return [];
  return expectArray(value, path).map((raw, i) =>
    expectString(expectObject(raw, `${path}[${i}]`)[key], `${path}[${i}].${key}`),
  );
}

function strings(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  return expectArray(value, path).map((raw, i) => expectString(raw, `${path}[${i}]`));
}

function ext(s: JsonObject, path: string, key: string): string | undefined {
  return optionalString(s[key], `${path}.${key}`);
}

/**
 * Parses one server from a show or detailed list response, in any microversion 2.1–2.96.
 *
 * @param raw - The `server` object (or one element of `servers`).
 * @param path - Its JSON path, for errors.
 * @returns The server.
 * @throws {@link ResponseShapeError} naming the path of a field with an unexpected type.
 * @remarks Accepts the embedded flavor of 2.47+, `image: ""` for boot-from-volume, and the partial records of
 * servers in a down cell (2.69+: no name, no addresses).
 */
export function parseServer(raw: unknown, path: string): Server {
  const s = expectObject(raw, path);
  return Object.freeze({
    id: expectString(s.id, `${path}.id`),
    name: optionalString(s.name, `${path}.name`) ?? '',
    status: optionalString(s.status, `${path}.status`) ?? 'UNKNOWN',
    tenantId: ext(s, path, 'tenant_id'),
    userId: ext(s, path, 'user_id'),
    imageId: parseImageId(s.image, `${path}.image`),
    flavor: parseFlavor(s.flavor, `${path}.flavor`),
    addresses: parseAddresses(s.addresses, `${path}.addresses`),
    metadata: expectStringMap(s.metadata, `${path}.metadata`),
    keyName: ext(s, path, 'key_name'),
    availabilityZone: text(s['OS-EXT-AZ:availability_zone'], `${path}.OS-EXT-AZ:availability_zone`),
    created: ext(s, path, 'created'),
    updated: ext(s, path, 'updated'),
    taskState: ext(s, path, 'OS-EXT-STS:task_state'),
    vmState: ext(s, path, 'OS-EXT-STS:vm_state'),
    powerState: optionalNumber(s['OS-EXT-STS:power_state'], `${path}.OS-EXT-STS:power_state`),
    progress: optionalNumber(s.progress, `${path}.progress`),
    securityGroups: names(s.security_groups, `${path}.security_groups`, 'name'),
    volumeIds: names(
      s['os-extended-volumes:volumes_attached'],
      `${path}.os-extended-volumes:volumes_attached`,
      'id',
    ),
    tags: strings(s.tags, `${path}.tags`),
    locked: optionalBoolean(s.locked, `${path}.locked`),
    lockedReason: ext(s, path, 'locked_reason'),
    description: ext(s, path, 'description'),
    hostId: text(s.hostId, `${path}.hostId`),
    accessIPv4: text(s.accessIPv4, `${path}.accessIPv4`),
    accessIPv6: text(s.accessIPv6, `${path}.accessIPv6`),
    fault: parseFault(s.fault, `${path}.fault`),
  });
}

/**
 * Parses the answer to a server create.
 *
 * @param body - The response body.
 * @returns The new server's id and admin password.
 * @throws {@link ResponseShapeError} when `server.id` is missing.
 */
export function parseCreatedServer(body: unknown): CreatedServer {
  const s = expectObject(expectObject(body, '$').server, '$.server');
  return Object.freeze({
    id: expectString(s.id, '$.server.id'),
    adminPass: optionalString(s.adminPass, '$.server.adminPass'),
  });
}
