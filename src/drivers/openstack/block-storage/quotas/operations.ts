import type { ServiceClient } from '../../service-client.ts';
import { buildGetVolumeQuotasRequest, buildUpdateVolumeQuotasRequest } from './requests.ts';
import { parseVolumeQuotaLimits, parseVolumeQuotas } from './results.ts';
import type { VolumeQuotaLimits, VolumeQuotas } from './types.ts';

/**
 * Gets a project's Cinder quotas with usage.
 *
 * @param client - The block-storage service.
 * @param projectId - The project (your own, or any as admin).
 * @param signal - Aborts the request.
 * @returns Limits and usage by name.
 */
export async function getVolumeQuotas(
  client: ServiceClient,
  projectId: string,
  signal?: AbortSignal,
): Promise<VolumeQuotas> {
  const response = await client.request(buildGetVolumeQuotasRequest(projectId), signal);
  return parseVolumeQuotas(response.body);
}

/**
 * Sets a project's Cinder limits (admin only).
 *
 * @param client - The block-storage service.
 * @param projectId - The project.
 * @param limits - New limits by name.
 * @param signal - Aborts the request.
 * @returns Every limit after the change.
 * @throws {@link "index"!ForbiddenError} for non-admins.
 */
export async function updateVolumeQuotas(
  client: ServiceClient,
  projectId: string,
  limits: VolumeQuotaLimits,
  signal?: AbortSignal,
): Promise<VolumeQuotaLimits> {
  const response = await client.request(buildUpdateVolumeQuotasRequest(projectId, limits), signal);
  return parseVolumeQuotaLimits(response.body);
}
