import { ResourceFailedError } from '../../../../compute/resource-failed-error.ts';
import { pollUntil } from '../../../../compute/waiters.ts';
import { absentOnNotFound } from '../../find.ts';
import type { ServiceClient } from '../../service-client.ts';
import { deleteStack, getStack } from './operations.ts';
import { StackFailedError } from './stack-failed-error.ts';
import type { Stack, StackRef, StackWaitOptions } from './types.ts';

/** The stack actions a waiter can wait for. */
export type StackAction = 'CREATE' | 'UPDATE' | 'DELETE';

async function fetchOrGone(
  client: ServiceClient,
  ref: StackRef,
  signal?: AbortSignal,
): Promise<Stack | undefined> {
  return absentOnNotFound(getStack(client, ref, signal));
}

function verdict(action: StackAction, stack: Stack | undefined): 'done' | 'continue' | 'failed' {
  if (stack === undefined) return action === 'DELETE' ? 'done' : 'failed';
  if (stack.status === `${action}_COMPLETE`) return 'done';
  if (stack.status.endsWith('_FAILED') || stack.status.startsWith('ROLLBACK_')) return 'failed';
  return 'continue';
}

/**
 * Polls a stack until `action` completes: `CREATE_COMPLETE`, `UPDATE_COMPLETE`, or `DELETE_COMPLETE` / gone.
 *
 * @param client - The orchestration service.
 * @param ref - Name and id.
 * @param action - What is in progress.
 * @param options - Timeout, intervals, progress.
 * @param signal - Aborts the wait.
 * @returns The stack at the end (`undefined` once deleted and purged).
 * @throws {@link "drivers/openstack/orchestration"!StackFailedError} with Heat's `stack_status_reason` on `*_FAILED` or a rollback.
 * @throws {@link "index"!TimeoutError} when the timeout passes first.
 */
export async function waitForStack(
  client: ServiceClient,
  ref: StackRef,
  action: StackAction,
  options: StackWaitOptions = {},
  signal?: AbortSignal,
): Promise<Stack | undefined> {
  try {
    return await pollUntil(
      {
        description: `stack ${ref.name} to finish ${action}`,
        resourceId: ref.id,
        fetch: (s) => fetchOrGone(client, ref, s),
        status: (stack) => stack?.status ?? 'gone',
        check: (stack) => {
          const v = verdict(action, stack);
          if (v !== 'failed') return { kind: v };
          return { kind: 'failed', state: stack?.status ?? 'gone', fault: stack?.statusReason };
        },
      },
      options,
      signal,
    );
  } catch (error) {
    if (error instanceof ResourceFailedError && !(error instanceof StackFailedError)) {
      throw new StackFailedError(ref.name, ref.id, error.state, error.fault);
    }
    throw error;
  }
}

/**
 * Deletes a stack and waits until Heat really deleted it. Heat answers 204 at once; a delete that later
 * ends `DELETE_FAILED` (a locked server, a port in use) is reported as an error, not as success.
 *
 * @param client - The orchestration service.
 * @param ref - Name and id.
 * @param options - Timeout, intervals, progress.
 * @param signal - Aborts the request and the wait.
 * @returns Nothing once the stack is gone or `DELETE_COMPLETE`.
 * @throws {@link "drivers/openstack/orchestration"!StackFailedError} `DELETE_FAILED` with Heat's `stack_status_reason`.
 * @example
 * ```ts
 * try {
 *   await deleteStackAndWait(heat, ref);
 * } catch (error) {
 *   if (error instanceof StackFailedError) console.error(error.statusReason);
 * }
 * ```
 */
export async function deleteStackAndWait(
  client: ServiceClient,
  ref: StackRef,
  options: StackWaitOptions = {},
  signal?: AbortSignal,
): Promise<void> {
  await deleteStack(client, ref, signal);
  await waitForStack(client, ref, 'DELETE', options, signal);
}
