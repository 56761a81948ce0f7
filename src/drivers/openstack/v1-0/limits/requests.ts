import type { ServiceRequest } from '../../service-client.ts';

/**
 * Builds `GET /limits`.
 *
 * @returns The request.
 */
export function buildGetLimitsRequest(): ServiceRequest {
  return { method: 'GET', path: 'limits', expect: [200, 203] };
}
