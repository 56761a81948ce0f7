import type { ServiceClient } from '../../service-client.ts';
import { neutronV2 } from '../endpoint.ts';
import { buildGetNetworkQuotasRequest, buildUpdateNetworkQuotasRequest } from './requests.ts';
import { parseNetworkQuotaLimits, parseNetworkQuotas } from './results.ts';
import type { NetworkQuotaLimits, NetworkQuotas } from './types.ts';

/**
 * Gets a project's Neutron quotas with usage.
 *
 * @param client - The network service.
 * @param projectId - The project (your own, or any as admin).
 * @param signal - Aborts the request.
 * @returns Limits and usage by resource name.
 * @example
 * ```ts
 * const q = await getNetworkQuotas(neutron, projectId);
 * console.log(`${q.floatingip?.used}/${q.floatingip?.limit} floating IPs`);
 * ```
 */
export async function getNetworkQuotas(
  client: ServiceClient,
  projectId: string,
  signal?: AbortSignal,
): Promise<NetworkQuotas> {
  const response = await neutronV2(client).request(buildGetNetworkQuotasRequest(projectId), signal);
  return parseNetworkQuotas(response.body);
}

/**
 * Sets a project's Neutron limits (admin only).
 *
 * @param client - The network service.
 * @param projectId - The project.
 * @param limits - New limits by resource name.
 * @param signal - Aborts the request.
 * @returns Every limit after the change.
 * @throws {@link "index"!ForbiddenError} for non-admins.
 */
export async function updateNetworkQuotas(
  client: ServiceClient,
  projectId: string,
  limits: NetworkQuotaLimits,
  signal?: AbortSignal,
): Promise<NetworkQuotaLimits> {
  const response = await neutronV2(client).request(
    buildUpdateNetworkQuotasRequest(projectId, limits),
    signal,
  );
  return parseNetworkQuotaLimits(response.body);
}
