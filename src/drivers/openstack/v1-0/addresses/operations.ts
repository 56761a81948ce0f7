import { expectObject } from '../../../../shape/expect.ts';
import type { ServiceClient } from '../../service-client.ts';
import { buildListAddressesRequest, buildListNetworkAddressesRequest } from './requests.ts';
import { parseIpList, parseV10Addresses } from './results.ts';
import type { V10Addresses, V10AddressNetwork } from './types.ts';

/**
 * Lists a 1.0 server's public and private addresses.
 *
 * @param client - The 1.0 compute service (from {@link "drivers/openstack/v1-0"!createComputeClient}).
 * @param serverId - The server's numeric id.
 * @param signal - Aborts the request.
 * @returns Both address lists.
 * @throws {@link "index"!NotFoundError} when there is no such server.
 * @example
 * ```ts
 * const { public: publicIps } = await listV10Addresses(compute, '72258');
 * ```
 */
export async function listV10Addresses(
  client: ServiceClient,
  serverId: string,
  signal?: AbortSignal,
): Promise<V10Addresses> {
  const response = await client.request(buildListAddressesRequest(serverId), signal);
  return parseV10Addresses(expectObject(response.body, '$').addresses, '$.addresses');
}

/**
 * Lists one of a 1.0 server's address lists.
 *
 * @param client - The 1.0 compute service.
 * @param serverId - The server's numeric id.
 * @param network - `public` or `private`.
 * @param signal - Aborts the request.
 * @returns The addresses in that list.
 * @throws {@link "index"!NotFoundError} when there is no such server.
 */
export async function listV10NetworkAddresses(
  client: ServiceClient,
  serverId: string,
  network: V10AddressNetwork,
  signal?: AbortSignal,
): Promise<readonly string[]> {
  const response = await client.request(buildListNetworkAddressesRequest(serverId, network), signal);
  return parseIpList(expectObject(response.body, '$')[network], `$.${network}`);
}
