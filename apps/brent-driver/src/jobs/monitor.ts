import { NotFoundError } from 'stratus';
import { type Facade, toFailureCode } from 'stratus/facade';
import { getStack, type Stack } from 'stratus/openstack/orchestration';
import type { DeploymentLocation } from '../api/types.ts';
import { parseFacadeSource, toFacadeSource } from '../lifecycle/facade/document.ts';
import { pollFacade } from '../lifecycle/facade/poll.ts';
import { FacadeRuns } from '../lifecycle/facade/runs.ts';
import { type PollOutcome, pollOutcome } from '../lifecycle/heat/poll-outcome.ts';
import type { SessionPool } from '../location/session-pool.ts';
import { type Logger, withLogContext } from '../log/logger.ts';
import {
  type CompletionPublisher,
  type CompletionRecord,
  completed,
  FailureCode,
  failed,
} from '../messaging/completion.ts';
import type { LocationCipher } from './location-cipher.ts';
import type { MonitorJob } from './monitor-job.ts';
import { isTemporary, toRecord } from './poll-results.ts';
import { gatesPerEndpoint } from './post-gate.ts';
import type { Job, JobHandler, JobOutcome } from './queue.ts';
import { type CreateStepOutcome, finishCreateOf, sendCreateOf } from './queued-create-step.ts';
import { runsHere, staleRecord } from './stale-record.ts';

/** Poll pacing and limits. */
export interface MonitorOptions {
  /** The delay after the first IN_PROGRESS poll. @defaultValue 1000 */
  readonly pollMinMs?: number | undefined;
  /** The longest delay between polls. @defaultValue 10000 */
  readonly pollMaxMs?: number | undefined;
  /** Consecutive temporary errors (network, 5xx, timeouts) before giving up. @defaultValue 10 */
  readonly maxErrors?: number | undefined;
  /** Statuses that complete an Adopt. */
  readonly adoptable?: readonly string[] | undefined;
  /** Queued Creates: this replica's stack POSTs at one Heat endpoint at once (0: no limit). @defaultValue 0 */
  readonly createConcurrency?: number | undefined;
}

/** What the monitor needs of the session pool (a {@link SessionPool}; tests give a facade of their own). */
export interface MonitorPool {
  /** A Heat client of a location. */
  client: SessionPool['client'];
  /** The facade of a location (no-Heat mode). */
  facade(location: DeploymentLocation): Pick<Facade, 'engine' | 'status'>;
}

/** What the monitor needs. */
export interface MonitorDeps {
  /** Sessions per location (one login per credential). */
  readonly pool: MonitorPool;
  /** Opens sealed locations. */
  readonly cipher: LocationCipher;
  /** Sends completions. */
  readonly publisher: CompletionPublisher;
  /** The logger. */
  readonly logger: Logger;
}

/**
 * One poll: the no-Heat run of the request (started here when this process has none), the facade handle of an
 * old no-Heat job, else the Heat stack (gone = undefined).
 */
async function pollOnce(
  deps: MonitorDeps & { readonly runs: FacadeRuns },
  job: MonitorJob,
  signal: AbortSignal,
  adoptable: readonly string[] | undefined,
): Promise<PollOutcome> {
  const location = deps.cipher.open(job.location);
  const operation = job.facade;
  if (operation !== undefined) {
    const facade = deps.pool.facade(location);
    if ('handle' in operation) return pollFacade(facade, operation.handle, signal);
    return deps.runs.poll(facade, {
      requestId: job.requestId,
      kind: operation.kind,
      lease: signal,
      document: () => parseFacadeSource(toFacadeSource(deps.cipher.openJson(operation.document))),
    });
  }
  const heat = await deps.pool.client(location, 'orchestration', signal);
  let stack: Stack | undefined;
  try {
    stack = job.stack === undefined ? undefined : await getStack(heat, job.stack, signal);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  return pollOutcome(job, stack, adoptable);
}

/**
 * Builds the monitoring job handler: poll the stack once, publish the completion when the request is
 * finished, else ask to be run again with a growing delay (1 s × 1.5ⁿ up to 10 s; the original re-polled
 * with no pause). Past the job's deadline it reports FAILED saying it timed out. A no-Heat job's apply or
 * destroy runs in the process that consumes the job (see {@link FacadeRuns}); its polls come every
 * `pollMinMs`, as they only read the local run, and the handler's signal is the run's lease: when it aborts
 * (the queue stops, or gives the job to another replica) the local run stops.
 *
 * @param deps - Pool, cipher, publisher and logger.
 * @param options - Pacing and limits.
 * @returns The handler.
 */
export function createMonitor(deps: MonitorDeps, options: MonitorOptions = {}): JobHandler<MonitorJob> {
  const min = options.pollMinMs ?? 1000;
  const max = options.pollMaxMs ?? 10_000;
  const maxErrors = options.maxErrors ?? 10;
  const gateOf = gatesPerEndpoint(options.createConcurrency ?? 0);
  const runs = new FacadeRuns((event, requestId, kind) =>
    deps.logger.info(
      event === 'started'
        ? `no-Heat ${kind} started in this replica`
        : `no-Heat ${kind} stopped in this replica: it no longer holds the job`,
      { requestId },
    ),
  );
  const delay = (attempt: number) => Math.min(max, Math.round(min * 1.5 ** Math.max(0, attempt - 1)));
  const publish = async (
    job: MonitorJob,
    polled: CompletionRecord,
    signal?: AbortSignal,
  ): Promise<JobOutcome<MonitorJob>> => {
    const { stack, createTag } = job;
    const record =
      stack === undefined || createTag === undefined || signal === undefined
        ? polled
        : await finishCreateOf(deps, { ...job, stack, createTag }, polled, signal);
    await deps.publisher.publish(record, { tenantId: job.tenantId });
    deps.logger.info(`${job.lifecycle} ${record.status}`, {
      requestId: job.requestId,
      failure: record.failureDetails,
    });
    return { kind: 'done' };
  };
  const run = async (entry: Job<MonitorJob>, signal: AbortSignal): Promise<JobOutcome<MonitorJob>> => {
    const job = entry.payload;
    if (job.known !== undefined) {
      const k = job.known;
      return publish(
        job,
        k.status === 'COMPLETE'
          ? completed(job.requestId)
          : failed(job.requestId, k.failureCode, k.description),
      );
    }
    if (staleRecord(deps, runs, job)) return { kind: 'done' };
    if (Date.now() > job.deadlineAt) {
      const target =
        job.facade === undefined
          ? `Heat stack '${job.stack?.name ?? job.requestId.split('::')[1] ?? '?'}'`
          : 'the deployment';
      const what = `${job.lifecycle} of ${target} timed out: not finished by its deadline ${new Date(job.deadlineAt).toISOString()}`;
      runs.abort(job.requestId, new Error(what));
      return publish(job, failed(job.requestId, FailureCode.INFRASTRUCTURE_ERROR, what), signal);
    }
    let outcome: PollOutcome | CreateStepOutcome;
    try {
      const { create } = job;
      outcome =
        create === undefined
          ? await pollOnce({ ...deps, runs }, job, signal, options.adoptable)
          : await sendCreateOf({ ...deps, gateOf }, { ...job, create }, signal);
    } catch (error) {
      // the job's lease ended (another replica holds it now, or the queue stops): not this request's failure
      if (signal.aborted) return { kind: 'retry', delayMs: min };
      const message = error instanceof Error ? error.message : String(error);
      if (isTemporary(error) && job.errors + 1 < maxErrors) {
        deps.logger.warn('poll failed, will retry', { requestId: job.requestId, error: message });
        return { kind: 'retry', delayMs: delay(entry.attempt), payload: { ...job, errors: job.errors + 1 } };
      }
      const failure = toFailureCode(error);
      return publish(job, failed(job.requestId, failure.failureCode, failure.description), signal);
    }
    if (outcome.state === 'STARTED') return { kind: 'retry', delayMs: min, payload: outcome.job };
    if (outcome.state === 'IN_PROGRESS') {
      return {
        kind: 'retry',
        delayMs: runsHere(job) ? min : delay(entry.attempt),
        ...(job.errors === 0 ? {} : { payload: { ...job, errors: 0 } }),
      };
    }
    return publish(job, toRecord(job, outcome), signal);
  };
  return (entry, signal) => {
    const fields = Object.fromEntries(
      Object.entries(entry.payload.trace).map(([k, v]) => [`tracectx.${k}`, v]),
    );
    return withLogContext({ ...fields, requestId: entry.payload.requestId }, () => run(entry, signal));
  };
}
