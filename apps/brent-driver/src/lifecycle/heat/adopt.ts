import { CloudError, NotFoundError } from 'stratus';
import { findStack, type ServiceClient } from 'stratus/openstack';
import type { ExecuteRequest } from '../../api/types.ts';
import { badRequest } from '../../http/api-error.ts';
import { newRequestId } from '../request-id.ts';
import { type Started, stackTopology } from '../started.ts';

/**
 * Adopt (SPEC §4.3): exactly one topology entry names the stack; a deleted or missing stack is a 400.
 *
 * @param heat - The orchestration client.
 * @param request - The execute request.
 * @param skipStatusCheck - `adopt.skip_status_check`: report COMPLETE without polling.
 * @param signal - Aborts the Heat call.
 * @returns What the 202 and the monitor job need.
 * @throws {@link DriverApiError} 400 for a bad topology or a stack that cannot be adopted.
 */
export async function startAdopt(
  heat: ServiceClient,
  request: ExecuteRequest,
  skipStatusCheck: boolean,
  signal?: AbortSignal,
): Promise<Started> {
  const entries = Object.values(request.associatedTopology);
  if (entries.length !== 1) {
    throw badRequest(
      `Adopt needs exactly one associatedTopology entry naming the stack, got ${entries.length}`,
      'ERR_ADOPT',
    );
  }
  const id = entries[0]?.id?.trim() ?? '';
  if (id === '' || id === '0')
    throw badRequest('Adopt: the associatedTopology entry has no stack id', 'ERR_ADOPT');
  const stack = await findStack(heat, id, signal).catch((error: unknown) => {
    if (error instanceof NotFoundError)
      throw badRequest(`Adopt: stack '${id}' was not found`, 'ERR_ADOPT', error);
    if (error instanceof CloudError && error.code === 'ERR_NO_MATCH') {
      throw badRequest(`Adopt: stack '${id}' has been deleted`, 'ERR_ADOPT', error);
    }
    throw error;
  });
  if (stack.status === 'DELETE_IN_PROGRESS')
    throw badRequest(`Adopt: stack '${id}' has been deleted`, 'ERR_ADOPT');
  return {
    lifecycle: 'Adopt',
    requestId: newRequestId('Adopt', stack.id),
    topology: stackTopology(stack.id),
    stack: { name: stack.name, id: stack.id },
    known: skipStatusCheck ? { status: 'COMPLETE' } : undefined,
  };
}
