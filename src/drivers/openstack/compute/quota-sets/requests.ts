import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { segment } from '../path-segment.ts';

/**
 * @param projectId - The project.
 * @param detail - Include usage.
 * @returns The request for `GET /os-quota-sets/{project}[/detail]`.
 */
export function buildGetQuotaSetRequest(projectId: string, detail = false): ServiceRequest {
  const path = `os-quota-sets/${segment(projectId, 'project id')}${detail ? '/detail' : ''}`;
  return { method: 'GET', path, expect: [200] };
}

/**
 * @param projectId - The project.
 * @returns The request for `GET /os-quota-sets/{project}/defaults`.
 */
export function buildGetDefaultQuotaSetRequest(projectId: string): ServiceRequest {
  return { method: 'GET', path: `os-quota-sets/${segment(projectId, 'project id')}/defaults`, expect: [200] };
}

/**
 * @param projectId - The project (admin only).
 * @param limits - New limits by Nova's key.
 * @returns The request for `PUT /os-quota-sets/{project}`.
 */
export function buildUpdateQuotaSetRequest(
  projectId: string,
  limits: Readonly<Record<string, number>>,
): ServiceRequest {
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < -1) {
      throw new ConfigurationError(`quota \`${key}\` must be an integer ≥ -1 (-1 = unlimited), got ${value}`);
    }
  }
  return {
    method: 'PUT',
    path: `os-quota-sets/${segment(projectId, 'project id')}`,
    json: { quota_set: limits },
    expect: [200],
  };
}
