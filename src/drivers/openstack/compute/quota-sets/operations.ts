import type { ComputeClient } from '../client.ts';
import {
  buildGetDefaultQuotaSetRequest,
  buildGetQuotaSetRequest,
  buildUpdateQuotaSetRequest,
} from './requests.ts';
import { parseQuotaSet } from './results.ts';
import type { QuotaSet } from './types.ts';

/**
 * @param client - The compute client.
 * @param projectId - The project.
 * @param detail - Include usage. @defaultValue `false`
 * @param signal - Aborts the request.
 * @returns The project's quotas.
 */
export async function getQuotaSet(
  client: ComputeClient,
  projectId: string,
  detail = false,
  signal?: AbortSignal,
): Promise<QuotaSet> {
  return parseQuotaSet(
    (await client.service.request(buildGetQuotaSetRequest(projectId, detail), signal)).body,
    projectId,
  );
}

/**
 * @param client - The compute client.
 * @param projectId - The project.
 * @param signal - Aborts the request.
 * @returns The default quotas.
 */
export async function getDefaultQuotaSet(
  client: ComputeClient,
  projectId: string,
  signal?: AbortSignal,
): Promise<QuotaSet> {
  return parseQuotaSet(
    (await client.service.request(buildGetDefaultQuotaSetRequest(projectId), signal)).body,
    projectId,
  );
}

/**
 * Changes quotas (admin only).
 *
 * @param client - The compute client.
 * @param projectId - The project.
 * @param limits - New limits by Nova's key.
 * @param signal - Aborts the request.
 * @returns The quotas afterwards.
 * @throws {@link "index"!ForbiddenError} for a non-admin.
 */
export async function updateQuotaSet(
  client: ComputeClient,
  projectId: string,
  limits: Readonly<Record<string, number>>,
  signal?: AbortSignal,
): Promise<QuotaSet> {
  const response = await client.service.request(buildUpdateQuotaSetRequest(projectId, limits), signal);
  return parseQuotaSet(response.body, projectId);
}
