import type { ServiceRequest } from '../../service-client.ts';
import type { VolumeQuotaLimits } from './types.ts';

/**
 * Builds `GET /os-quota-sets/{project_id}?usage=true`.
 *
 * @param projectId - The project.
 * @returns The request.
 */
export function buildGetVolumeQuotasRequest(projectId: string): ServiceRequest {
  return {
    method: 'GET',
    path: `os-quota-sets/${encodeURIComponent(projectId)}`,
    query: { usage: true },
    expect: [200],
  };
}

/**
 * Builds `PUT /os-quota-sets/{project_id}`.
 *
 * @param projectId - The project.
 * @param limits - New limits by name.
 * @returns The request.
 */
export function buildUpdateVolumeQuotasRequest(projectId: string, limits: VolumeQuotaLimits): ServiceRequest {
  return {
    method: 'PUT',
    path: `os-quota-sets/${encodeURIComponent(projectId)}`,
    json: { quota_set: limits },
    expect: [200],
  };
}
