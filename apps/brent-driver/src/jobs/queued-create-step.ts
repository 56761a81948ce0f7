/**
 * The monitor's part of a queued Create: the first runs of the job send the stack POST (see
 * `lifecycle/heat/send-create.ts`); once the stack exists the job polls it like any other, and the completion
 * names the stack, since the 202 could not.
 */
import { toQueuedCreate } from '../lifecycle/heat/create-spec.ts';
import type { PollOutcome } from '../lifecycle/heat/poll-outcome.ts';
import { removeSecondStacks, sendQueuedCreate } from '../lifecycle/heat/send-create.ts';
import { stackTopology } from '../lifecycle/started.ts';
import type { SessionPool } from '../location/session-pool.ts';
import type { Logger } from '../log/logger.ts';
import { type CompletionRecord, FailureCode } from '../messaging/completion.ts';
import type { LocationCipher } from './location-cipher.ts';
import type { MonitorJob } from './monitor-job.ts';
import type { PostGate } from './post-gate.ts';

/** What the monitor needs here. */
export interface CreateStepDeps {
  /** Sessions per location. */
  readonly pool: { readonly client: SessionPool['client'] };
  /** Opens the sealed location and create. */
  readonly cipher: LocationCipher;
  /** The logger. */
  readonly logger: Logger;
  /** The gate of a Heat endpoint: limits this replica's stack POSTs at that Heat at once. */
  readonly gateOf?: ((endpoint: string) => PostGate) | undefined;
}

/** The job with its stack (poll it next), or the request's failure. */
export type CreateStepOutcome =
  | { readonly state: 'STARTED'; readonly job: MonitorJob }
  | Extract<PollOutcome, { readonly state: 'FAILED' }>;

/**
 * Sends the job's stack create (once per request, however often the job runs).
 *
 * @param deps - Pool, cipher and logger.
 * @param job - A job with `create` set.
 * @param signal - Aborts the Heat calls.
 * @returns The job to poll from now on (the create dropped, the stack and tag kept), or FAILED with
 *   RESOURCE_ALREADY_EXISTS (another stack of the name) or INFRASTRUCTURE_ERROR (Heat refused the template).
 * @throws The Heat calls' errors; the monitor retries the temporary ones and a lost answer.
 */
export async function sendCreateOf(
  deps: CreateStepDeps,
  job: MonitorJob & { readonly create: string },
  signal: AbortSignal,
): Promise<CreateStepOutcome> {
  const spec = toQueuedCreate(deps.cipher.openJson(job.create));
  const heat = await deps.pool.client(deps.cipher.open(job.location), 'orchestration', signal);
  const step = await sendQueuedCreate(heat, spec, signal, { gate: deps.gateOf?.(heat.endpoint) });
  if (step.kind === 'made') {
    const { create: _sent, ...rest } = job;
    deps.logger.info(step.sent ? 'Create sent to Heat' : 'Create found its stack, sent by an earlier run', {
      requestId: job.requestId,
      stack: step.stack.id,
    });
    return { state: 'STARTED', job: { ...rest, stack: step.stack, createTag: spec.tag, errors: 0 } };
  }
  const failureCode =
    step.kind === 'exists' ? FailureCode.RESOURCE_ALREADY_EXISTS : FailureCode.INFRASTRUCTURE_ERROR;
  return { state: 'FAILED', failureCode, description: step.description, outputs: {} };
}

/**
 * The completion of a queued Create whose stack exists: names the stack in the topology, after removing any
 * second stack of the request's tag (a failure to remove one is logged and does not hold the completion back).
 *
 * @param deps - Pool, cipher and logger.
 * @param job - A job with `stack` and `createTag` set.
 * @param record - The completion as polled.
 * @param signal - Aborts the Heat calls.
 * @returns The completion with the topology.
 */
export async function finishCreateOf(
  deps: CreateStepDeps,
  job: MonitorJob & {
    readonly stack: { readonly name: string; readonly id: string };
    readonly createTag: string;
  },
  record: CompletionRecord,
  signal: AbortSignal,
): Promise<CompletionRecord> {
  try {
    const heat = await deps.pool.client(deps.cipher.open(job.location), 'orchestration', signal);
    const removed = await removeSecondStacks(heat, job.stack, job.createTag, signal);
    if (removed.length > 0)
      deps.logger.warn('second stack of a repeated Create removed', { requestId: job.requestId, removed });
  } catch (error) {
    deps.logger.warn('could not check for a second stack of the Create', {
      requestId: job.requestId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
  return { ...record, associatedTopology: stackTopology(job.stack.id) };
}
