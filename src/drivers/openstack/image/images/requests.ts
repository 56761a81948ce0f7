import type { QueryValue } from '../../../../transport/types.ts';
import type { ServiceRequest } from '../../service-client.ts';
import type { CreateImageOptions, ListImagesOptions, UpdateImageOptions } from './types.ts';

/** The default page size for image lists. */
export const DEFAULT_IMAGE_PAGE_SIZE = 100;

/** The media type Glance requires for PATCH. */
export const IMAGE_PATCH_CONTENT_TYPE = 'application/openstack-images-v2.1-json-patch';

/**
 * Builds the first page request of `GET /v2/images`.
 *
 * @param options - Filters and page size.
 * @returns The request (paths are relative to the `/v2` root).
 */
export function buildListImagesRequest(options: ListImagesOptions = {}): ServiceRequest {
  const query: Record<string, QueryValue> = {
    limit: options.pageSize ?? DEFAULT_IMAGE_PAGE_SIZE,
    name: options.name,
    status: options.status,
    visibility: options.visibility,
    owner: options.owner,
    tag: options.tags,
  };
  return { method: 'GET', path: 'images', query, expect: [200] };
}

/**
 * Builds `GET /v2/images/{id}`.
 *
 * @param id - The image UUID.
 * @returns The request.
 */
export function buildGetImageRequest(id: string): ServiceRequest {
  return { method: 'GET', path: `images/${encodeURIComponent(id)}`, expect: [200] };
}

/**
 * Builds `POST /v2/images` (the record only; data is uploaded separately).
 *
 * @param options - Name, formats, visibility, tags and properties.
 * @returns The request.
 */
export function buildCreateImageRequest(options: CreateImageOptions): ServiceRequest {
  const json: Record<string, unknown> = {
    ...options.properties,
    name: options.name,
    disk_format: options.diskFormat ?? 'raw',
    container_format: options.containerFormat ?? 'bare',
  };
  if (options.visibility !== undefined) json.visibility = options.visibility;
  if (options.tags !== undefined) json.tags = [...options.tags];
  if (options.minRamMb !== undefined) json.min_ram = options.minRamMb;
  if (options.minDiskGb !== undefined) json.min_disk = options.minDiskGb;
  if (options.protected !== undefined) json.protected = options.protected;
  if (options.id !== undefined) json.id = options.id;
  return { method: 'POST', path: 'images', json, expect: [201] };
}

/** One RFC 6902 operation as Glance accepts it. */
export interface JsonPatchOperation {
  /** `add`, `replace` or `remove`. */
  readonly op: 'add' | 'replace' | 'remove';
  /** `/name`, `/tags`, `/<property>`. */
  readonly path: string;
  /** The new value (not for `remove`). */
  readonly value?: unknown;
}

/**
 * Turns an update into JSON patch operations: `replace` for core fields, `add` (which also replaces) for
 * custom properties, `remove` for removed properties.
 *
 * @param options - What to change.
 * @returns The patch document.
 */
export function imagePatch(options: UpdateImageOptions): JsonPatchOperation[] {
  const ops: JsonPatchOperation[] = [];
  if (options.name !== undefined) ops.push({ op: 'replace', path: '/name', value: options.name });
  if (options.visibility !== undefined)
    ops.push({ op: 'replace', path: '/visibility', value: options.visibility });
  if (options.protected !== undefined)
    ops.push({ op: 'replace', path: '/protected', value: options.protected });
  if (options.tags !== undefined) ops.push({ op: 'replace', path: '/tags', value: [...options.tags] });
  for (const [key, value] of Object.entries(options.properties ?? {})) {
    ops.push({ op: 'add', path: `/${pointerEscape(key)}`, value });
  }
  for (const key of options.removeProperties ?? [])
    ops.push({ op: 'remove', path: `/${pointerEscape(key)}` });
  return ops;
}

function pointerEscape(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Builds `PATCH /v2/images/{id}` with Glance's JSON patch media type.
 *
 * @param id - The image UUID.
 * @param options - What to change.
 * @returns The request.
 */
export function buildUpdateImageRequest(id: string, options: UpdateImageOptions): ServiceRequest {
  return {
    method: 'PATCH',
    path: `images/${encodeURIComponent(id)}`,
    headers: { 'content-type': IMAGE_PATCH_CONTENT_TYPE },
    body: JSON.stringify(imagePatch(options)),
    expect: [200],
  };
}

/**
 * Builds `DELETE /v2/images/{id}`.
 *
 * @param id - The image UUID.
 * @returns The request.
 */
export function buildDeleteImageRequest(id: string): ServiceRequest {
  return { method: 'DELETE', path: `images/${encodeURIComponent(id)}`, expect: [204] };
}

/**
 * Builds `POST /v2/images/{id}/actions/deactivate` or `…/reactivate`.
 *
 * @param id - The image UUID.
 * @param action - Which action.
 * @returns The request (safe to retry: both actions are idempotent).
 */
export function buildImageActionRequest(id: string, action: 'deactivate' | 'reactivate'): ServiceRequest {
  return {
    method: 'POST',
    path: `images/${encodeURIComponent(id)}/actions/${action}`,
    expect: [204],
    idempotent: true,
  };
}
