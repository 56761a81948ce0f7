// One descriptor for a collection resource of a service that pages with `<collection>_links` and wraps items in
// `{ <key>: {...} }` (Neutron and Cinder both do): listed, fetched and parsed the same way.
import { expectObject } from '../../shape/expect.ts';
import type { QueryValue } from '../../transport/types.ts';
import { linksNext, paginate } from './pagination.ts';
import type { ServiceClient, ServiceRequest } from './service-client.ts';

/** The default page size of a collection list. */
export const DEFAULT_PAGE_SIZE = 100;

/** How one collection resource is listed and parsed, e.g. Neutron `security-groups` / `security_group`. */
export interface ResourceDescriptor<T> {
  /** The collection path, e.g. `security-groups` or `volumes`. */
  readonly collection: string;
  /** The list key when it differs from the path, e.g. `security_groups`. @defaultValue `collection` */
  readonly listKey?: string | undefined;
  /** The singular body key, e.g. `floatingip`. */
  readonly key: string;
  /** Parses one item. */
  readonly parse: (raw: unknown, path: string) => T;
}

/**
 * Builds the first page of a list with an explicit page size; `undefined` filters are dropped by the transport.
 *
 * @param path - The list path, e.g. `networks` or `volumes/detail`.
 * @param filters - The service's filters.
 * @param pageSize - Items per page. @defaultValue {@link DEFAULT_PAGE_SIZE}
 * @returns The request.
 */
export function buildCollectionListRequest(
  path: string,
  filters: Readonly<Record<string, QueryValue>>,
  pageSize: number | undefined,
): ServiceRequest {
  return { method: 'GET', path, query: { ...filters, limit: pageSize ?? DEFAULT_PAGE_SIZE }, expect: [200] };
}

/**
 * Walks a collection lazily through `<listKey>_links`.
 *
 * @param client - The service (already on the right API version).
 * @param resource - Collection, keys and parser.
 * @param request - The first page.
 * @param signal - Aborts the walk.
 * @returns The parsed items.
 */
export function listCollection<T>(
  client: ServiceClient,
  resource: ResourceDescriptor<T>,
  request: ServiceRequest,
  signal?: AbortSignal,
): AsyncIterable<T> {
  const itemsKey = resource.listKey ?? resource.collection;
  return paginate(
    client,
    request,
    { itemsKey, parse: resource.parse, next: linksNext(`${itemsKey}_links`) },
    signal,
  );
}

/**
 * Sends a request that answers `{ <key>: {...} }` and parses the item.
 *
 * @param client - The service (already on the right API version).
 * @param resource - Key and parser.
 * @param request - A get, create or update request.
 * @param signal - Aborts the request.
 * @returns The parsed item.
 */
export async function fetchOne<T>(
  client: ServiceClient,
  resource: ResourceDescriptor<T>,
  request: ServiceRequest,
  signal?: AbortSignal,
): Promise<T> {
  const response = await client.request(request, signal);
  return resource.parse(expectObject(response.body, '$')[resource.key], `$.${resource.key}`);
}
