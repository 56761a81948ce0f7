import type { QueryValue } from '../../../transport/types.ts';
import {
  buildCollectionListRequest,
  DEFAULT_PAGE_SIZE,
  fetchOne,
  listCollection,
  type ResourceDescriptor,
} from '../resource.ts';
import type { ServiceRequest } from '../service-client.ts';

/** The default page size for Cinder lists. */
export const DEFAULT_VOLUME_PAGE_SIZE: number = DEFAULT_PAGE_SIZE;

/** How one Cinder resource is listed and parsed: `volumes` / `volume` (the shared collection descriptor). */
export type CinderResource<T> = ResourceDescriptor<T>;

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
  return buildCollectionListRequest(`${collection}/detail`, filters, pageSize);
}

/** Walks a Cinder collection lazily through `<collection>_links` ({@link listCollection}). */
export const cinderList: typeof listCollection = listCollection;

/** Sends a Cinder request that answers `{ <key>: {...} }` and parses the item ({@link fetchOne}). */
export const cinderOne: typeof fetchOne = fetchOne;
