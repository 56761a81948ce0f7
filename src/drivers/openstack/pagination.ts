import { CloudError } from '../../errors/cloud-error.ts';
import { expectArray, expectObject, optionalString } from '../../shape/expect.ts';
import type { HttpResponse } from '../../transport/types.ts';
import type { ServiceClient, ServiceRequest } from './service-client.ts';

/** Finds the next page's URL (absolute or endpoint-relative) in a page's response, or `undefined`. */
export type NextPage = (response: HttpResponse, client: ServiceClient) => string | undefined;

/** How {@link paginate} walks a collection. */
export interface PaginateOptions<T> {
  /** The key of the item array in each page, e.g. `servers`. */
  readonly itemsKey: string;
  /** Parses one item; `path` is its JSON path. */
  readonly parse: (raw: unknown, path: string) => T;
  /** Finds the next page. @defaultValue {@link linksNext} of `<itemsKey>_links` */
  readonly next?: NextPage | undefined;
  /** Stops after this many pages (a safety net). @defaultValue 10000 */
  readonly maxPages?: number | undefined;
}

/**
 * Lazily walks a paginated OpenStack collection, one GET per page, yielding parsed items.
 *
 * @param client - The service.
 * @param first - The first page's request (with `limit` in its query for an explicit page size).
 * @param options - Item key, parser and next-link rule.
 * @param signal - Aborts the walk.
 * @returns An async iterable of items.
 * @throws {@link CloudError} with code `ERR_PAGINATION_LOOP` when a `next` link points to a page already read.
 */
export async function* paginate<T>(
  client: ServiceClient,
  first: ServiceRequest,
  options: PaginateOptions<T>,
  signal?: AbortSignal,
): AsyncGenerator<T, void, undefined> {
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
    for (const [i, raw] of items.entries()) yield options.parse(raw, `$.${options.itemsKey}[${i}]`);
    const nextUrl = items.length === 0 ? undefined : next(response, client);
    if (nextUrl === undefined) return;
    const absolute = new URL(nextUrl, `${client.endpoint}/`).href;
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
 * The Nova/Neutron/Cinder rule: `<key>_links` holds `{ rel: 'next', href }`.
 *
 * @param key - The links key, e.g. `servers_links`.
 * @returns A {@link NextPage} rule.
 */
export function linksNext(key: string): NextPage {
  return (response) => {
    const body = expectObject(response.body, '$');
    const links = body[key];
    if (links === undefined || links === null) return undefined;
    for (const [i, raw] of expectArray(links, `$.${key}`).entries()) {
      const link = expectObject(raw, `$.${key}[${i}]`);
      if (link.rel === 'next') return optionalString(link.href, `$.${key}[${i}].href`);
    }
    return undefined;
  };
}
