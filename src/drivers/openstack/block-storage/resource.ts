import { expectObject } from '../../../shape/expect.ts';
import type { QueryValue } from '../../../transport/types.ts';
import { linksNext, paginate } from '../pagination.ts';
import type { ServiceClient, ServiceRequest } from '../service-client.ts';

/** The default page size for Cinder lists. */
export const DEFAULT_VOLUME_PAGE_SIZE = 100;

/** How one Cinder resource is listed and parsed: `volumes` / `volume`. */
export interface CinderResource<T> {
  /** The collection path and list key, e.g. `snapshots`. */
  readonly collection: string;
  /** The singular body key, e.g. `snapshot`. */
  readonly key: string;
  /** Parses one item. */
  readonly parse: (raw: unknown, path: string) => T;
}

/**
 * Builds the first page of `GET /<collection>/detail` with an explicit page size; `undefined` filters are dropped.
 *
 * @param collection - `volumes` or `snapshots`.
 * @param filters - Cinder filters.
 * @param pageSize - Items per page.
 * @returns The request.
 */
export function buildCinderListRequest(
  collection: string,
  filters: Readonly<Record<string, QueryValue>>,
  pageSize: number | undefined,
): ServiceRequest {
  return {
    method: 'GET',
    path: `${collection}/detail`,
    query: { ...filters, limit: pageSize ?? DEFAULT_VOLUME_PAGE_SIZE },
    expect: [200],
  };
}

/**
 * Walks a Cinder collection lazily through `<collection>_links`.
 *
 * @param client - The block-storage service.
 * @param resource - Collection, key and parser.
 * @param request - The first page.
 * @param signal - Aborts the walk.
 * @returns The parsed items.
 */
export function cinderList<T>(
  client: ServiceClient,
  resource: CinderResource<T>,
  request: ServiceRequest,
  signal?: AbortSignal,
): AsyncIterable<T> {
  const next = linksNext(`${resource.collection}_links`);
  return paginate(client, request, { itemsKey: resource.collection, parse: resource.parse, next }, signal);
}

/**
 * Sends a request that answers `{ <key>: {...} }` and parses the item.
 *
 * @param client - The block-storage service.
 * @param resource - Key and parser.
 * @param request - A get, create or update request.
 * @param signal - Aborts the request.
 * @returns The parsed item.
 */
export async function cinderOne<T>(
  client: ServiceClient,
  resource: CinderResource<T>,
  request: ServiceRequest,
  signal?: AbortSignal,
): Promise<T> {
  const response = await client.request(request, signal);
  return resource.parse(expectObject(response.body, '$')[resource.key], `$.${resource.key}`);
}
