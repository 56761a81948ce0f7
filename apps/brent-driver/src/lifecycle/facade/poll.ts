import type { Facade } from 'stratus/facade';
import type { PollOutcome } from '../heat/poll-outcome.ts';

/**
 * Polls a facade operation handle once (from any replica: the status is read from the cloud) and says what it
 * means for the request, in the same terms as a Heat stack poll. Only jobs queued by drivers before the job
 * carried the document have a handle.
 *
 * @param facade - The facade over the location's driver.
 * @param handle - The handle `startApply` / `startDestroy` returned.
 * @param signal - Aborts the reads.
 * @returns IN_PROGRESS, COMPLETE with the document's outputs, or FAILED with the facade's failure code.
 */
export async function pollFacade(
  facade: Pick<Facade, 'status'>,
  handle: string,
  signal?: AbortSignal,
): Promise<PollOutcome> {
  const status = await facade.status(handle, signal);
  if (status.state === 'IN_PROGRESS') return { state: 'IN_PROGRESS' };
  if (status.state === 'COMPLETE') return { state: 'COMPLETE', outputs: status.outputs };
  return {
    state: 'FAILED',
    failureCode: status.failureCode,
    description: status.description,
    outputs: status.outputs,
  };
}
