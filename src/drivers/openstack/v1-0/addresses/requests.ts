import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { checkV10Id } from '../wire/ids.ts';
import type { V10AddressNetwork } from './types.ts';

/** The statuses the 1.0 API documents for reads (203 is a cached, non-authoritative answer). */
const READ_OK = [200, 203] as const;

/**
 * Builds `GET /servers/{id}/ips`.
 *
 * @param serverId - The server's numeric id.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} when the id is not numeric.
 */
export function buildListAddressesRequest(serverId: string): ServiceRequest {
  return { method: 'GET', path: `servers/${checkV10Id(serverId, 'serverId')}/ips`, expect: READ_OK };
}

/**
 * Builds `GET /servers/{id}/ips/{public|private}`.
 *
 * @param serverId - The server's numeric id.
 * @param network - `public` or `private`.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} when the id is not numeric or the network is neither list.
 */
export function buildListNetworkAddressesRequest(
  serverId: string,
  network: V10AddressNetwork,
): ServiceRequest {
  if (network !== 'public' && network !== 'private') {
    throw new ConfigurationError(
      `network must be "public" or "private" (the 1.0 API has no other address lists); got ${JSON.stringify(network)}`,
    );
  }
  return {
    method: 'GET',
    path: `servers/${checkV10Id(serverId, 'serverId')}/ips/${network}`,
    expect: READ_OK,
  };
}
