import { CloudError } from '../../errors/cloud-error.ts';
import { expectArray, expectObject, optionalString } from '../../shape/expect.ts';
import type { HttpResponse } from '../../transport/types.ts';
import type { ServiceClient, ServiceRequest } from './service-client.ts';

/** Finds the next page's URL (absolute or endpoint-relative) in a page's response, or `undefined`. */
export type NextPage = (response: HttpResponse, client: ServiceClient) => string | undefined;

/** How {@link "drivers/openstack/wire"!paginate} walks a collection. */
export interface PaginateOptions<T> {
  /** The key of the item array in each page, e.g. `servers`. */
  readonly itemsKey: string;
  /** Parses one item; `path` is its JSON path. */
  readonly parse: (raw: unknown, path: string) => T;
  /** Finds the next page. @defaultValue {@link "drivers/openstack/wire"!linksNext} of `<itemsKey>_links` */
  readonly next?: NextPage | undefined;
  /** Stops after this many pages (a safety net). @defaultValue 10000 */
  readonly maxPages?: number | undefined;
}

/** How {@link paginatePages} walks a collection: {@link "drivers/openstack/wire"!PaginateOptions} without the item parser. */
export type PageWalkOptions = Omit<PaginateOptions<unknown>, 'parse'>;

/**
 * Lazily walks a paginated OpenStack collection, one GET per page, yielding each page's raw item array (checked
 * to be an array, items not parsed). The next page is requested only when the caller asks for it.
 *
 * @param client - The service.
 * @param first - The first page's request (with `limit` in its query for an explicit page size).
 * @param options - Item key and next-link rule.
 * @param signal - Aborts the walk.
 * @returns An async iterable of non-empty item arrays, one per page.
 * @throws {@link "index"!CloudError} with code `ERR_PAGINATION_LOOP` when a `next` link points to a page already read.
 * @remarks A `next` link naming another host (a service behind a proxy that reports its internal address) is
 * followed on the endpoint's own scheme, host and port, so the token never goes to a host the catalog did not name.
 */
export async function* paginatePages(
  client: ServiceClient,
  first: ServiceRequest,
  options: PageWalkOptions,
  signal?: AbortSignal,
): AsyncGenerator<readonly unknown[], void, undefined> {
  const next = options.next ?? linksNext(`${options.itemsKey}_links`);
  const maxPages = options.maxPages ?? 10_000;
  const seen = new Set<string>();
  let request: ServiceRequest | undefined = first;
  for (let page = 0; request !== undefined; page++) {
    if (page >= maxPages)
      throw new CloudError(
        `Stopped after ${maxPages} pages of ${client.name} ${options.itemsKey}`,
        'ERR_PAGINATION_LIMIT',
      );
    const response = await client.request(request, signal);
    seen.add(response.url);
    const body = expectObject(response.body, '$');
    const items = expectArray(body[options.itemsKey], `$.${options.itemsKey}`);
    if (items.length === 0) return;
    yield items;
    const nextUrl = next(response, client);
    if (nextUrl === undefined) return;
    const absolute = onEndpointOrigin(nextUrl, client.endpoint);
    if (seen.has(absolute)) {
      throw new CloudError(
        `${client.name} returned a next link that loops back to a page already read (${absolute}); stopping`,
        'ERR_PAGINATION_LOOP',
      );
    }
    request = { method: 'GET', path: absolute, expect: first.expect, headers: first.headers };
  }
}

/**
 * Lazily walks a paginated OpenStack collection, one GET per page, yielding parsed items.
 *
 * @param client - The service.
 * @param first - The first page's request (with `limit` in its query for an explicit page size).
 * @param options - Item key, parser and next-link rule.
 * @param signal - Aborts the walk.
 * @returns An async iterable of items.
 * @throws {@link "index"!CloudError} with code `ERR_PAGINATION_LOOP` when a `next` link points to a page already read.
 */
export async function* paginate<T>(
  client: ServiceClient,
  first: ServiceRequest,
  options: PaginateOptions<T>,
  signal?: AbortSignal,
): AsyncGenerator<T, void, undefined> {
  const key = options.itemsKey;
  for await (const items of paginatePages(client, first, options, signal)) {
    for (let i = 0; i < items.length; i++) yield options.parse(items[i], `$.${key}[${i}]`);
  }
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * The items of {@link paginatePages}, parsed one by one as they are asked for, without an async generator
 * per item: within a page `next()` parses the item and returns a settled promise (a generator costs several
 * promise hops per item; on a 1,000-server list that was measurable next to the parsing itself).
 *
 * @param pages - The page walk.
 * @param itemsKey - The item key, for JSON paths in parse errors.
 * @param parse - Parses (and maps) one item.
 * @returns An async iterable iterator of items; `return()` stops the page walk.
 */
export function pageItems<T>(
  pages: AsyncGenerator<readonly unknown[], void, undefined>,
  itemsKey: string,
  parse: (raw: unknown, path: string) => T,
): AsyncIterableIterator<T, void, undefined> {
  let items: readonly unknown[] = [];
  let index = 0;
  let finished = false;
  let pending: Promise<IteratorResult<T, void>> | undefined;
  const fetchPage = (): Promise<IteratorResult<T, void>> =>
    pages.next().then(
      (page) => {
        pending = undefined;
        if (page.done === true) {
          finished = true;
          return DONE;
        }
        items = page.value;
        index = 0;
        return step();
      },
      (error: unknown) => {
        pending = undefined;
        finished = true;
        throw error;
      },
    );
  const step = (): Promise<IteratorResult<T, void>> => {
    if (pending !== undefined) return pending.then(step);
    if (finished) return Promise.resolve(DONE);
    if (index < items.length) {
      const i = index++;
      try {
        return Promise.resolve({ done: false, value: parse(items[i], `$.${itemsKey}[${i}]`) });
      } catch (error) {
        finished = true;
        return pages.return(undefined).then(() => Promise.reject(error as Error));
      }
    }
    pending = fetchPage();
    return pending;
  };
  const iterator: AsyncIterableIterator<T, void, undefined> = {
    next: step,
    return: async (): Promise<IteratorResult<T, void>> => {
      finished = true;
      await pages.return(undefined);
      return DONE;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * The Nova/Neutron/Cinder rule: `<key>_links` holds `{ rel: 'next', href }`.
 *
 * @param key - The links key, e.g. `servers_links`.
 * @returns A {@link "drivers/openstack/wire"!NextPage} rule.
 */
export function linksNext(key: string): NextPage {
  return (response) => {
    const body = expectObject(response.body, '$');
    const links = body[key];
    if (links === undefined || links === null) return undefined;
    const list = expectArray(links, `$.${key}`);
    for (let i = 0; i < list.length; i++) {
      const link = expectObject(list[i], `$.${key}[${i}]`);
      if (link.rel === 'next') return optionalString(link.href, `$.${key}[${i}].href`);
    }
    return undefined;
  };
}

/**
 * Resolves a next link against the endpoint and moves it onto the endpoint's origin.
 *
 * @param link - An absolute or endpoint-relative URL from a page.
 * @param endpoint - The service endpoint.
 * @returns The absolute URL on the endpoint's scheme, host and port.
 */
export function onEndpointOrigin(link: string, endpoint: string): string {
  const base = new URL(`${endpoint}/`);
  const url = new URL(link, base);
  if (url.origin === base.origin) return url.href;
  url.protocol = base.protocol;
  url.host = base.host;
  url.username = '';
  url.password = '';
  return url.href;
}
