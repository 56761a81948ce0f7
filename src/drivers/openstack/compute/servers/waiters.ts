import { pollUntil, type WaitOptions } from '../../../../compute/waiters.ts';
import type { ComputeClient } from '../client.ts';
import { findServer } from './operations.ts';
import type { Server } from './types.ts';

/**
 * Waits until a server reaches one of the given Nova statuses, polling GET of that server only (backoff and
 * jitter, never a list).
 *
 * @param client - The compute client.
 * @param id - The server id.
 * @param statuses - The goal, e.g. `['SHUTOFF']` or `['VERIFY_RESIZE']`; `DELETED` also matches a 404.
 * @param options - Timeout, intervals, progress callback.
 * @param signal - Aborts the wait.
 * @returns The server in the goal status (`undefined` when the goal was `DELETED` and it is gone).
 * @throws {@link "index"!ResourceFailedError} with Nova's fault message when the server goes to ERROR, or disappears
 * while another status was wanted.
 * @throws {@link "index"!TimeoutError} when `timeoutMs` passes first.
 * @example
 * ```ts
 * import { waitForServerStatus, type ComputeClient } from 'stratus/openstack/compute';
 * declare const compute: ComputeClient;
 * await waitForServerStatus(compute, 'server-id', ['SHUTOFF'], { timeoutMs: 120_000 });
 * ```
 */
export function waitForServerStatus(
  client: ComputeClient,
  id: string,
  statuses: readonly string[],
  options: WaitOptions<Server> = {},
  signal?: AbortSignal,
): Promise<Server | undefined> {
  const goal = new Set(statuses.map((s) => s.toUpperCase()));
  return pollUntil<Server>(
    {
      description: `server ${id} to be ${[...goal].join(' or ')}`,
      resourceId: id,
      fetch: (s) => findServer(client, id, s),
      check: (server) => {
        if (server === undefined) {
          return goal.has('DELETED')
            ? { kind: 'done' }
            : { kind: 'failed', state: 'DELETED', fault: 'the server disappeared' };
        }
        if (goal.has(server.status)) return { kind: 'done' };
        if (server.status === 'ERROR')
          return { kind: 'failed', state: 'ERROR', fault: server.fault?.message };
        return { kind: 'continue' };
      },
      status: (server) =>
        server === undefined
          ? 'DELETED'
          : `${server.status}${server.taskState ? ` (${server.taskState})` : ''}`,
    },
    options,
    signal,
  );
}
