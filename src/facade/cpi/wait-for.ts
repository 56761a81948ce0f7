import type { PortHealth } from '../../compute/portable/resources.ts';
import { pollUntil } from '../../compute/waiters.ts';
import type { CpiCallOptions, CpiContext } from './context.ts';

interface Waitable {
  readonly health: PortHealth;
  readonly reason: string | undefined;
}

/**
 * Polls an object until a check passes, failing when it turns `failed` or the deadline passes.
 *
 * @param context - The deadline default.
 * @param what - e.g. `server 1a2b… to be active` (for messages).
 * @param id - The object's id.
 * @param fetch - Reads it (`undefined` when absent).
 * @param done - When to stop.
 * @param options - Deadline and signal.
 * @returns The last value read.
 */
export async function waitFor<T extends Waitable>(
  context: CpiContext,
  what: string,
  id: string,
  fetch: (signal?: AbortSignal) => Promise<T | undefined>,
  done: (value: T | undefined) => boolean,
  options: CpiCallOptions,
): Promise<T | undefined> {
  return pollUntil<T>(
    {
      description: what,
      resourceId: id,
      fetch,
      check: (value) => {
        if (done(value)) return { kind: 'done' };
        if (value?.health === 'failed') return { kind: 'failed', state: 'ERROR', fault: value.reason };
        return { kind: 'continue' };
      },
      status: (value) => (value === undefined ? 'absent' : value.health),
    },
    { timeoutMs: options.timeoutMs ?? context.waitTimeoutMs, intervalMs: 500, maxIntervalMs: 5_000 },
    options.signal,
  );
}
