import type { ServiceClient } from '../../service-client.ts';
import { buildGetLimitsRequest } from './requests.ts';
import { parseV10LimitsBody } from './results.ts';
import type { V10Limits } from './types.ts';

/**
 * Gets the 1.0 account's rate and absolute limits.
 *
 * @param client - The 1.0 compute service (from {@link "drivers/openstack/v1-0"!createComputeClient}).
 * @param signal - Aborts the request.
 * @returns The limits.
 * @throws {@link "index"!HttpError} subclasses for failed requests.
 * @example
 * ```ts
 * const { absolute } = await getV10Limits(compute);
 * console.log(absolute.maxTotalRAMSize);
 * ```
 */
export async function getV10Limits(client: ServiceClient, signal?: AbortSignal): Promise<V10Limits> {
  const response = await client.request(buildGetLimitsRequest(), signal);
  return parseV10LimitsBody(response.body);
}
