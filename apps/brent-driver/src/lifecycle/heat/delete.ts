import { CloudError, NotFoundError } from 'stratus';
import { deleteStack, findStack, type ServiceClient, type Stack } from 'stratus/openstack';
import type { ExecuteRequest } from '../../api/types.ts';
import { newRequestId } from '../request-id.ts';
import type { Started } from '../started.ts';

function gone(error: unknown): boolean {
  return error instanceof NotFoundError || (error instanceof CloudError && error.code === 'ERR_NO_MATCH');
}

/**
 * Delete (SPEC §4.4): the `InfrastructureStack` entry names the stack; no entry, or a stack already gone, is
 * COMPLETE at once. Heat's 204 only starts the delete: the monitor waits for DELETE_COMPLETE and reports
 * DELETE_FAILED (e.g. a locked server) as FAILED / INFRASTRUCTURE_ERROR with Heat's reason, so Brent keeps
 * the resource and can retry after the cause is fixed.
 *
 * @param heat - The orchestration client.
 * @param request - The execute request.
 * @param signal - Aborts the Heat calls.
 * @returns What the 202 and the monitor job need.
 */
export async function startDelete(
  heat: ServiceClient,
  request: ExecuteRequest,
  signal?: AbortSignal,
): Promise<Started> {
  const id = request.associatedTopology.InfrastructureStack?.id;
  if (id === undefined || id === '') {
    return {
      lifecycle: 'Delete',
      requestId: newRequestId('Delete', 'no-stack'),
      topology: {},
      known: { status: 'COMPLETE' },
    };
  }
  let stack: Stack;
  try {
    stack = await findStack(heat, id, signal);
  } catch (error) {
    if (!gone(error)) throw error;
    return {
      lifecycle: 'Delete',
      requestId: newRequestId('Delete', id),
      topology: {},
      known: { status: 'COMPLETE' },
    };
  }
  const before = { status: stack.status, reason: stack.statusReason ?? '', updatedAt: stack.updatedAt ?? '' };
  const sentAt = Date.now();
  try {
    await deleteStack(heat, stack, signal);
  } catch (error) {
    if (!gone(error)) throw error;
    return {
      lifecycle: 'Delete',
      requestId: newRequestId('Delete', id),
      topology: {},
      known: { status: 'COMPLETE' },
    };
  }
  const ref = { name: stack.name, id: stack.id };
  return {
    lifecycle: 'Delete',
    requestId: newRequestId('Delete', stack.id),
    topology: {},
    stack: ref,
    before,
    sentAt,
  };
}
