import { expectObject } from '../../../../shape/expect.ts';
import { paginate } from '../../pagination.ts';
import type { ComputeClient } from '../client.ts';
import {
  buildGetFlavorExtraSpecsRequest,
  buildGetFlavorRequest,
  buildListFlavorsRequest,
} from './requests.ts';
import { parseExtraSpecs, parseFlavor } from './results.ts';
import type { Flavor, ListFlavorsOptions } from './types.ts';

/**
 * Lists flavors with details, lazily, following `flavors_links`.
 *
 * @param client - The compute client.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of flavors.
 * @example
 * ```ts
 * import { listFlavors, type ComputeClient } from 'stratus/openstack/compute';
 * declare const compute: ComputeClient;
 * for await (const flavor of listFlavors(compute, { minRamMiB: 512 })) console.log(flavor.name);
 * ```
 */
export function listFlavors(
  client: ComputeClient,
  options: ListFlavorsOptions = {},
  signal?: AbortSignal,
): AsyncGenerator<Flavor, void, undefined> {
  return paginate(
    client.service,
    buildListFlavorsRequest(options),
    { itemsKey: 'flavors', parse: parseFlavor },
    signal,
  );
}

/**
 * @param client - The compute client.
 * @param id - The flavor id.
 * @param signal - Aborts the request.
 * @returns The flavor.
 * @throws {@link "index"!NotFoundError} when there is no such flavor.
 */
export async function getFlavor(client: ComputeClient, id: string, signal?: AbortSignal): Promise<Flavor> {
  const response = await client.service.request(buildGetFlavorRequest(id), signal);
  return parseFlavor(expectObject(response.body, '$').flavor, '$.flavor');
}

/**
 * @param client - The compute client.
 * @param id - The flavor id.
 * @param signal - Aborts the request.
 * @returns The flavor's extra specs.
 */
export async function getFlavorExtraSpecs(
  client: ComputeClient,
  id: string,
  signal?: AbortSignal,
): Promise<Readonly<Record<string, string>>> {
  return parseExtraSpecs((await client.service.request(buildGetFlavorExtraSpecsRequest(id), signal)).body);
}
