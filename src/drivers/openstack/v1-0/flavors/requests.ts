import type { ServiceRequest } from '../../service-client.ts';
import { checkV10Id } from '../wire/ids.ts';
import { v10ListQuery } from '../wire/pagination.ts';
import type { ListV10FlavorsOptions } from './types.ts';

/** The statuses the 1.0 API documents for reads (203 is a cached, non-authoritative answer). */
const READ_OK = [200, 203] as const;

/**
 * Builds the first page of `GET /flavors` or `GET /flavors/detail`.
 *
 * @param detail - `true` for RAM and disk, `false` for ids and names.
 * @param options - `changesSince` and page size.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for bad options.
 */
export function buildListFlavorsRequest(
  detail: boolean,
  options: ListV10FlavorsOptions = {},
): ServiceRequest {
  return {
    method: 'GET',
    path: detail ? 'flavors/detail' : 'flavors',
    query: v10ListQuery(options),
    expect: READ_OK,
  };
}

/**
 * Builds `GET /flavors/{id}`.
 *
 * @param id - The flavor's numeric id.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} when the id is not numeric.
 */
export function buildGetFlavorRequest(id: string): ServiceRequest {
  return { method: 'GET', path: `flavors/${checkV10Id(id, 'flavorId')}`, expect: READ_OK };
}
