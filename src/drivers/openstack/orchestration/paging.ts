import { expectArray, expectObject, expectString } from '../../../shape/expect.ts';
import type { HttpResponse } from '../../../transport/types.ts';
import type { NextPage } from '../pagination.ts';

/**
 * Heat's next-page rule: Heat sends no next links, so a full page (as many items as `limit`) is followed by the
 * same query with `marker` set to the last item's id; a short page is the last.
 *
 * @param itemsKey - The list key, e.g. `stacks`.
 * @returns A {@link "drivers/openstack/wire"!NextPage} rule.
 */
export function heatMarkerNext(itemsKey: string): NextPage {
  return (response: HttpResponse): string | undefined => {
    const url = new URL(response.url);
    const limit = Number(url.searchParams.get('limit'));
    const items = expectArray(expectObject(response.body, '$')[itemsKey], `$.${itemsKey}`);
    const last = items.at(-1);
    if (!Number.isFinite(limit) || limit <= 0 || items.length < limit || last === undefined) return undefined;
    const path = `$.${itemsKey}[${items.length - 1}].id`;
    url.searchParams.set('marker', expectString(expectObject(last, path.slice(0, -3)).id, path));
    return url.href;
  };
}
