import { pollUntil, type WaitOptions } from '../../../compute/waiters.ts';
import type { StackPort, StackState } from './stack-port.ts';

/**
 * Polls a stack until no operation is in progress.
 *
 * @param port - The stack service.
 * @param name - The stack name.
 * @param options - Deadline, interval and progress callback.
 * @param signal - Aborts the wait.
 * @returns The settled stack, or `undefined` when it is gone.
 * @throws {@link TimeoutError} after the deadline.
 */
export async function waitForStack(
  port: StackPort,
  name: string,
  options: WaitOptions<StackState> = {},
  signal?: AbortSignal,
): Promise<StackState | undefined> {
  return pollUntil<StackState>(
    {
      description: `stack ${name}`,
      resourceId: name,
      fetch: (s) => port.findStack(name, s),
      check: (stack) => (stack?.status.endsWith('_IN_PROGRESS') ? { kind: 'continue' } : { kind: 'done' }),
      status: (stack) => stack?.status ?? 'DELETED',
    },
    { intervalMs: 2_000, maxIntervalMs: 5_000, ...options },
    signal,
  );
}

/**
 * The stack name a deployment uses: the ownership mark the stack engine relies on (Heat refuses a second stack
 * of the same name, so a killed apply re-run finds the first one).
 *
 * @param deployment - The deployment id.
 * @returns `stratus-<deployment>`.
 */
export function stackName(deployment: string): string {
  return `stratus-${deployment}`;
}
