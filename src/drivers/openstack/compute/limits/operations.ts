import type { ComputeClient } from '../client.ts';
import { buildGetLimitsRequest } from './requests.ts';
import { parseLimits } from './results.ts';
import type { ComputeLimits } from './types.ts';

/**
 * @param client - The compute client.
 * @param projectId - Admin only: another project.
 * @param signal - Aborts the request.
 * @returns The project's absolute limits and usage.
 */
export async function getLimits(
  client: ComputeClient,
  projectId?: string,
  signal?: AbortSignal,
): Promise<ComputeLimits> {
  return parseLimits((await client.service.request(buildGetLimitsRequest(projectId), signal)).body);
}
