import { StackOperationFailedError, toFailureCode } from 'stratus/facade';
import type { Stack } from 'stratus/openstack';
import type { MonitorJob } from '../../jobs/monitor-job.ts';
import { FailureCode } from '../../messaging/completion.ts';

/** What one poll of a stack means for the request. */
export type PollOutcome =
  | { readonly state: 'IN_PROGRESS' }
  | { readonly state: 'COMPLETE'; readonly outputs: Readonly<Record<string, unknown>> }
  | {
      readonly state: 'FAILED';
      readonly failureCode: FailureCode;
      readonly description: string;
      readonly outputs: Readonly<Record<string, unknown>>;
    };

/** The statuses Adopt (and Create of an existing `stack_id`) accept as done (`adopt.adoptable_status_values`). */
export const DEFAULT_ADOPTABLE = [
  'CREATE_COMPLETE',
  'ADOPT_COMPLETE',
  'RESUME_COMPLETE',
  'CHECK_COMPLETE',
  'UPDATE_COMPLETE',
  'SNAPSHOT_COMPLETE',
] as const;

/** How long an unchanged pre-delete status is taken for "Heat has not started yet". */
export const DELETE_START_GRACE_MS = 60_000;

/**
 * Stack outputs as Brent wants them: `{output_key: output_value}`.
 *
 * @param stack - The stack.
 * @returns The outputs (`{}` when none).
 */
export function outputsOf(stack: Stack): Record<string, unknown> {
  return Object.fromEntries(stack.outputs.map((o) => [o.key, o.value ?? null]));
}

/** The facade's one failure table, for a stack that ended `*_FAILED` (quota reasons → INSUFFICIENT_CAPACITY). */
function heatFailureCode(stack: Stack): FailureCode {
  const error = new StackOperationFailedError({
    id: stack.id,
    name: stack.name,
    status: stack.status,
    reason: stack.statusReason,
    outputs: {},
    tags: stack.tags,
    description: stack.description,
  });
  return toFailureCode(error).failureCode;
}

function failedWith(
  code: FailureCode,
  description: string,
  outputs: Readonly<Record<string, unknown>> = {},
): PollOutcome {
  return { state: 'FAILED', failureCode: code, description, outputs };
}

/**
 * Maps a polled stack to the request's state (SPEC §4.2–4.4, with the known bugs fixed: DELETE_FAILED is
 * FAILED/INFRASTRUCTURE_ERROR with Heat's reason; a stack gone during Delete is COMPLETE).
 *
 * @param job - The monitoring job.
 * @param stack - The stack, or `undefined` when Heat no longer has it.
 * @param adoptable - Statuses that complete an Adopt.
 * @param now - The current time (epoch ms).
 * @returns The outcome.
 */
export function pollOutcome(
  job: MonitorJob,
  stack: Stack | undefined,
  adoptable: readonly string[] = DEFAULT_ADOPTABLE,
  now = Date.now(),
): PollOutcome {
  const name = job.stack?.name ?? '?';
  if (job.lifecycle === 'Delete') return deleteOutcome(job, stack, now);
  if (stack === undefined) {
    return failedWith(
      FailureCode.RESOURCE_NOT_FOUND,
      `Heat stack '${name}' (${job.stack?.id ?? '?'}) no longer exists`,
    );
  }
  const outputs = outputsOf(stack);
  const reason = stack.statusReason ?? '';
  if (
    ['CREATE_IN_PROGRESS', 'ADOPT_IN_PROGRESS', 'RESUME_IN_PROGRESS', 'CHECK_IN_PROGRESS'].includes(
      stack.status,
    )
  ) {
    return { state: 'IN_PROGRESS' };
  }
  if (
    stack.status === 'CREATE_COMPLETE' ||
    stack.status === 'ADOPT_COMPLETE' ||
    adoptable.includes(stack.status)
  ) {
    return { state: 'COMPLETE', outputs };
  }
  if (
    ['CREATE_FAILED', 'ADOPT_FAILED', 'CHECK_FAILED', 'SUSPEND_IN_PROGRESS', 'SUSPEND_COMPLETE'].includes(
      stack.status,
    )
  ) {
    const what =
      job.lifecycle === 'Adopt' ? `Adopt failed: cannot adopt stack with status ${stack.status}` : reason;
    return failedWith(heatFailureCode(stack), what === '' ? stack.status : what, outputs);
  }
  return failedWith(
    FailureCode.INTERNAL_ERROR,
    `Heat stack '${name}' is ${stack.status}: ${reason}`,
    outputs,
  );
}

function deleteOutcome(job: MonitorJob, stack: Stack | undefined, now: number): PollOutcome {
  if (stack === undefined || stack.status === 'DELETE_COMPLETE') return { state: 'COMPLETE', outputs: {} };
  const before = job.before;
  const unchanged =
    before !== undefined &&
    before.status === stack.status &&
    before.reason === (stack.statusReason ?? '') &&
    before.updatedAt === (stack.updatedAt ?? '');
  if (unchanged && now - (job.sentAt ?? 0) < DELETE_START_GRACE_MS) return { state: 'IN_PROGRESS' };
  if (stack.status === 'DELETE_IN_PROGRESS') return { state: 'IN_PROGRESS' };
  const reason = stack.statusReason ?? stack.status;
  if (stack.status === 'DELETE_FAILED') {
    return failedWith(heatFailureCode(stack), `Heat could not delete stack '${stack.name}': ${reason}`);
  }
  return failedWith(
    FailureCode.INTERNAL_ERROR,
    `Heat stack '${stack.name}' is ${stack.status} after a delete: ${reason}`,
  );
}
