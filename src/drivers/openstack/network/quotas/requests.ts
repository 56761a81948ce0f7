import type { ServiceRequest } from '../../service-client.ts';
import type { NetworkQuotaLimits } from './types.ts';

/**
 * Builds `GET /v2.0/quotas/{project_id}/details` (limits with usage).
 *
 * @param projectId - The project.
 * @returns The request.
 */
export function buildGetNetworkQuotasRequest(projectId: string): ServiceRequest {
  return { method: 'GET', path: `quotas/${encodeURIComponent(projectId)}/details`, expect: [200] };
}

/**
 * Builds `PUT /v2.0/quotas/{project_id}`.
 *
 * @param projectId - The project.
 * @param limits - New limits by resource name.
 * @returns The request.
 */
export function buildUpdateNetworkQuotasRequest(
  projectId: string,
  limits: NetworkQuotaLimits,
): ServiceRequest {
  return {
    method: 'PUT',
    path: `quotas/${encodeURIComponent(projectId)}`,
    json: { quota: limits },
    expect: [200],
  };
}
