import type { ServiceRequest } from '../../service-client.ts';

/**
 * @param projectId - Admin only: another project's limits.
 * @returns The request for `GET /limits`.
 */
export function buildGetLimitsRequest(projectId?: string): ServiceRequest {
  return { method: 'GET', path: 'limits', query: { tenant_id: projectId }, expect: [200] };
}
