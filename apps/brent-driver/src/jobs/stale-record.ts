/** Job records that must not start work again. */
import type { FacadeRuns } from '../lifecycle/facade/runs.ts';
import type { Logger } from '../log/logger.ts';
import type { CompletionPublisher } from '../messaging/completion.ts';
import type { MonitorJob } from './monitor-job.ts';

/**
 * Whether the job's no-Heat operation runs in the job's consumer (not an old job with a handle).
 *
 * @param job - The job.
 * @returns true when its apply or destroy runs here.
 */
export function runsHere(job: MonitorJob): boolean {
  return job.facade !== undefined && !('handle' in job.facade);
}

/**
 * Whether a job record that would start work (a no-Heat apply, a queued Create's stack POST) belongs to a request
 * already completed (a second record re-delivered around a rebalance): it must not start it again, e.g. under a
 * Delete that came after. Logs the drop.
 *
 * @param deps - The publisher (what it knows was completed) and the logger.
 * @param runs - This process's no-Heat runs.
 * @param job - The job.
 * @returns true when the record is to be dropped.
 */
export function staleRecord(
  deps: { readonly publisher: CompletionPublisher; readonly logger: Logger },
  runs: FacadeRuns,
  job: MonitorJob,
): boolean {
  const starts = job.create !== undefined || (runsHere(job) && !runs.has(job.requestId));
  if (!starts || !deps.publisher.hasCompleted(job.requestId)) return false;
  deps.logger.info(`${job.lifecycle} already completed; job record dropped`, { requestId: job.requestId });
  return true;
}
