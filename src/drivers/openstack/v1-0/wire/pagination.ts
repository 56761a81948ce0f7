import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import { expectArray, expectObject } from '../../../../shape/expect.ts';
import type { NextPage } from '../../pagination.ts';

/** The largest page the 1.0 API serves (both Rackspace and Nova cap `limit` at 1000). */
export const V10_MAX_PAGE_SIZE = 1000;

/**
 * Checks and defaults a caller's page size.
 *
 * @param pageSize - The requested page size, or `undefined` for the maximum.
 * @returns A page size between 1 and {@link V10_MAX_PAGE_SIZE}.
 * @throws {@link "index"!ConfigurationError} when it is not an integer in that range.
 */
export function v10PageSize(pageSize: number | undefined): number {
  if (pageSize === undefined) return V10_MAX_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > V10_MAX_PAGE_SIZE) {
    throw new ConfigurationError(
      `pageSize must be an integer from 1 to ${V10_MAX_PAGE_SIZE} (the 1.0 API's largest page); got ${pageSize}`,
    );
  }
  return pageSize;
}

/**
 * The 1.0 paging rule: collections take `limit` and `offset` and have no `next` links, so a full page means
 * there may be more and the next page starts `offset + limit` further on.
 *
 * @param itemsKey - The collection key, e.g. `servers`.
 * @param pageSize - The `limit` sent with every page.
 * @returns A {@link "drivers/openstack/wire"!NextPage} rule for {@link "drivers/openstack/wire"!paginate}.
 */
export function offsetNext(itemsKey: string, pageSize: number): NextPage {
  return (response) => {
    const items = expectArray(expectObject(response.body, '$')[itemsKey], `$.${itemsKey}`);
    if (items.length < pageSize) return undefined;
    const url = new URL(response.url);
    const offset = Number(url.searchParams.get('offset') ?? '0');
    url.searchParams.set('limit', String(pageSize));
    url.searchParams.set('offset', String((Number.isSafeInteger(offset) ? offset : 0) + items.length));
    return url.href;
  };
}

/** Options every 1.0 collection list takes. */
export interface V10ListOptions {
  /** Only items changed since this time, deleted ones included (`changes-since`, sent in epoch seconds). */
  readonly changesSince?: Date | undefined;
  /** Items per request, 1 to 1000. @defaultValue 1000 */
  readonly pageSize?: number | undefined;
}

/**
 * Builds the query of a list's first page.
 *
 * @param options - `changesSince` and page size.
 * @returns `{ limit, 'changes-since' }`.
 * @throws {@link "index"!ConfigurationError} for a bad page size or an invalid date.
 */
export function v10ListQuery(options: V10ListOptions): Readonly<Record<string, number | undefined>> {
  const since = options.changesSince;
  if (since !== undefined && (!(since instanceof Date) || Number.isNaN(since.getTime()))) {
    throw new ConfigurationError('changesSince must be a valid Date');
  }
  return {
    limit: v10PageSize(options.pageSize),
    'changes-since': since === undefined ? undefined : Math.floor(since.getTime() / 1000),
  };
}
