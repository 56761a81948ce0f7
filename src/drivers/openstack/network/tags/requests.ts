import type { ServiceRequest } from '../../service-client.ts';
import type { TaggableCollection } from './types.ts';

const DEFAULT_PAGE_SIZE = 1000;

/**
 * Builds `GET /v2.0/<collection>/<id>/tags`.
 *
 * @param collection - e.g. `networks`.
 * @param id - The resource UUID.
 * @returns The request.
 */
export function buildListTagsRequest(collection: TaggableCollection, id: string): ServiceRequest {
  return { method: 'GET', path: `${collection}/${encodeURIComponent(id)}/tags`, expect: [200] };
}

/**
 * Builds `PUT /v2.0/<collection>/<id>/tags/<tag>` (adds one tag; idempotent).
 *
 * @param collection - e.g. `networks`.
 * @param id - The resource UUID.
 * @param tag - The tag.
 * @returns The request.
 */
export function buildAddTagRequest(collection: TaggableCollection, id: string, tag: string): ServiceRequest {
  const path = `${collection}/${encodeURIComponent(id)}/tags/${encodeURIComponent(tag)}`;
  return { method: 'PUT', path, expect: [201, 204] };
}

/**
 * Builds `PUT /v2.0/<collection>/<id>/tags` with `{tags}` (replaces the whole set). The way to set a tag holding
 * `/`: Neutron's router decodes `%2F` in a path, so `PUT …/tags/a%2Fb` answers 404.
 *
 * @param collection - e.g. `networks`.
 * @param id - The resource UUID.
 * @param tags - Every tag the resource is to carry.
 * @returns The request.
 */
export function buildReplaceTagsRequest(
  collection: TaggableCollection,
  id: string,
  tags: readonly string[],
): ServiceRequest {
  const path = `${collection}/${encodeURIComponent(id)}/tags`;
  return { method: 'PUT', path, json: { tags: [...tags] }, expect: [200] };
}

/**
 * Builds `GET /v2.0/<collection>?tags=a,b&fields=id` (resources carrying every tag).
 *
 * @param collection - e.g. `networks`.
 * @param tags - The tags, all required.
 * @returns The request.
 */
export function buildListTaggedRequest(
  collection: TaggableCollection,
  tags: readonly string[],
): ServiceRequest {
  return {
    method: 'GET',
    path: collection,
    query: { tags: tags.join(','), fields: 'id', limit: DEFAULT_PAGE_SIZE },
    expect: [200],
  };
}
