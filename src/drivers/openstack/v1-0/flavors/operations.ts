import { paginate } from '../../pagination.ts';
import type { ServiceClient } from '../../service-client.ts';
import { offsetNext, v10PageSize } from '../wire/pagination.ts';
import { buildGetFlavorRequest, buildListFlavorsRequest } from './requests.ts';
import { parseV10Flavor, parseV10FlavorBody, parseV10FlavorRef } from './results.ts';
import type { ListV10FlavorsOptions, V10Flavor, V10FlavorRef } from './types.ts';

/**
 * Lists 1.0 flavors by id and name (`GET /flavors`), lazily.
 *
 * @param client - The 1.0 compute service (from {@link "drivers/openstack/v1-0"!createComputeClient}).
 * @param options - `changesSince` and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of flavor references.
 * @throws {@link "index"!ConfigurationError} for bad options; {@link "index"!HttpError} subclasses for failed requests.
 */
export function listV10Flavors(
  client: ServiceClient,
  options: ListV10FlavorsOptions = {},
  signal?: AbortSignal,
): AsyncIterable<V10FlavorRef> {
  const next = offsetNext('flavors', v10PageSize(options.pageSize));
  const first = buildListFlavorsRequest(false, options);
  return paginate(client, first, { itemsKey: 'flavors', parse: parseV10FlavorRef, next }, signal);
}

/**
 * Lists 1.0 flavors with RAM and disk (`GET /flavors/detail`), lazily.
 *
 * @param client - The 1.0 compute service.
 * @param options - `changesSince` and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of flavors.
 * @throws {@link "index"!ConfigurationError} for bad options; {@link "index"!HttpError} subclasses for failed requests.
 * @example
 * ```ts
 * for await (const flavor of listV10FlavorDetails(compute)) console.log(flavor.name, flavor.ram);
 * ```
 */
export function listV10FlavorDetails(
  client: ServiceClient,
  options: ListV10FlavorsOptions = {},
  signal?: AbortSignal,
): AsyncIterable<V10Flavor> {
  const next = offsetNext('flavors', v10PageSize(options.pageSize));
  const first = buildListFlavorsRequest(true, options);
  return paginate(client, first, { itemsKey: 'flavors', parse: parseV10Flavor, next }, signal);
}

/**
 * Gets one 1.0 flavor.
 *
 * @param client - The 1.0 compute service.
 * @param id - The flavor's numeric id.
 * @param signal - Aborts the request.
 * @returns The flavor.
 * @throws {@link "index"!NotFoundError} when there is no such flavor.
 */
export async function getV10Flavor(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<V10Flavor> {
  const response = await client.request(buildGetFlavorRequest(id), signal);
  return parseV10FlavorBody(response.body);
}
