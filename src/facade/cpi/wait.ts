import { type PollSpec, type PollVerdict, pollUntil } from '../../compute/index.ts';
import type { FacadeContext } from '../context.ts';
import type { WaitControl } from '../types.ts';

/**
 * Polls one resource until its goal, with the call's deadline (or the facade's) and abort signal.
 *
 * @param ctx - The facade context.
 * @param spec - What to poll and how to judge it.
 * @param control - Deadline and signal.
 * @returns The last value seen.
 * @throws {@link ResourceFailedError} when the check reports a failure; {@link TimeoutError} at the deadline.
 */
export function waitFor<T>(
  ctx: FacadeContext,
  spec: PollSpec<T>,
  control: WaitControl,
): Promise<T | undefined> {
  return pollUntil(
    spec,
    {
      timeoutMs: control.timeoutMs ?? ctx.options.timeoutMs,
      intervalMs: ctx.options.pollIntervalMs,
      maxIntervalMs: ctx.options.maxPollIntervalMs,
    },
    control.signal,
  );
}

/**
 * A check for "gone": done when absent, failed when the status is an error status.
 *
 * @param statusOf - Reads the provider status.
 * @returns The check.
 */
export function goneCheck<T>(statusOf: (value: T) => string): (value: T | undefined) => PollVerdict {
  return (value) => {
    if (value === undefined) return { kind: 'done' };
    const status = statusOf(value);
    return /^error/i.test(status) ? { kind: 'failed', state: status } : { kind: 'continue' };
  };
}

/**
 * A check for a target status; `error*` statuses fail, absence fails.
 *
 * @param target - The status to reach, e.g. `available`.
 * @param statusOf - Reads the provider status.
 * @returns The check.
 */
export function statusCheck<T>(
  target: string,
  statusOf: (value: T) => string,
): (value: T | undefined) => PollVerdict {
  return (value) => {
    if (value === undefined) return { kind: 'failed', state: 'DELETED', fault: 'it disappeared' };
    const status = statusOf(value);
    if (status === target) return { kind: 'done' };
    return /^error/i.test(status) ? { kind: 'failed', state: status } : { kind: 'continue' };
  };
}
