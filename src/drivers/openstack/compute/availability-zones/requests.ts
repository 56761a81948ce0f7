import type { ServiceRequest } from '../../service-client.ts';

/**
 * @param detail - The admin view with hosts and services.
 * @returns The request for `GET /os-availability-zone[/detail]`.
 */
export function buildListAvailabilityZonesRequest(detail = false): ServiceRequest {
  return {
    method: 'GET',
    path: detail ? 'os-availability-zone/detail' : 'os-availability-zone',
    expect: [200],
  };
}
