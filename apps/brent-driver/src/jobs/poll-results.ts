/** What the monitor makes of a poll's error and of its final outcome. */
import { HttpError, NetworkError, OutcomeUnknownError, TimeoutError } from 'stratus';
import type { PollOutcome } from '../lifecycle/heat/poll-outcome.ts';
import { type CompletionRecord, completed, failed } from '../messaging/completion.ts';
import type { MonitorJob } from './monitor-job.ts';

/**
 * Whether a poll's error is worth another run: a network failure, a timeout, a lost answer, 5xx, 429, 408.
 *
 * @param error - What the poll threw.
 * @returns true to retry.
 */
export function isTemporary(error: unknown): boolean {
  // a lost answer: a poll is safe to repeat, and a queued create looks for its stack before it sends again
  if (error instanceof NetworkError || error instanceof TimeoutError || error instanceof OutcomeUnknownError)
    return true;
  return error instanceof HttpError && (error.status >= 500 || error.status === 429 || error.status === 408);
}

/**
 * The completion of a finished request.
 *
 * @param job - The job.
 * @param outcome - COMPLETE or FAILED.
 * @returns The record (topology `{}`).
 */
export function toRecord(
  job: MonitorJob,
  outcome: Exclude<PollOutcome, { state: 'IN_PROGRESS' }>,
): CompletionRecord {
  return outcome.state === 'COMPLETE'
    ? completed(job.requestId, outcome.outputs)
    : failed(job.requestId, outcome.failureCode, outcome.description, outcome.outputs);
}
