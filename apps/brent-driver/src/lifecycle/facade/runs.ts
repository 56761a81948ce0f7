/**
 * The no-Heat operations running in this process, by request id. The replica that consumes a request's
 * monitoring job runs its apply (or destroy) and answers each poll from the run's promise; a replica that
 * holds the job without a local run (the first poll, or the previous holder died) starts it, and the facade's
 * idempotent resume finishes what a dead replica began without making anything twice.
 */
import {
  type DeploymentDocument,
  type DeploymentReport,
  type Facade,
  FailureCode,
  fromDeploymentStatus,
  toFailureCode,
} from 'stratus/facade';
import type { PollOutcome } from '../heat/poll-outcome.ts';

/** Told when a run starts in this process, or stops because this process lost the job. */
export type RunEventListener = (
  event: 'started' | 'stopped',
  requestId: string,
  kind: 'apply' | 'destroy',
) => void;

/** What a run needs of the facade. */
export type FacadeEngines = Pick<Facade, 'engine'>;

/** What to run: the operation, and the document (opened only when a run starts). */
export interface RunRequest {
  /** The request id (the key of the run). */
  readonly requestId: string;
  /** Apply or destroy. */
  readonly kind: 'apply' | 'destroy';
  /** Opens and parses the sealed document. */
  readonly document: () => DeploymentDocument;
  /** Aborted when this process stops holding the job (queue stopped, partition taken away): the run stops. */
  readonly lease: AbortSignal;
}

interface Run {
  readonly requestId: string;
  readonly kind: 'apply' | 'destroy';
  readonly controller: AbortController;
  lease: AbortSignal;
  release: () => void;
  result: Exclude<PollOutcome, { state: 'IN_PROGRESS' }> | undefined;
  /** The lease was lost: the run is stopping, and is forgotten once it has (no new run overlaps it here). */
  stopping: boolean;
}

/** How many finished outcomes a process remembers. */
const FINISHED_KEPT = 1024;

/** The outcome of a finished run, in the terms of a Heat stack poll. */
function outcomeOf(report: DeploymentReport): Exclude<PollOutcome, { state: 'IN_PROGRESS' }> {
  if (report.ok) {
    const status = fromDeploymentStatus({ state: 'COMPLETE', outputs: report.outputs, topology: {} });
    return { state: 'COMPLETE', outputs: status.outputs };
  }
  const description = report.resources
    .filter((r) => r.error !== undefined)
    .map((r) => `${r.name}: ${r.error ?? ''}`)
    .join('; ');
  const status = fromDeploymentStatus({ state: 'FAILED', description, outputs: report.outputs });
  const failureCode = status.state === 'FAILED' ? status.failureCode : FailureCode.INFRASTRUCTURE_ERROR;
  return { state: 'FAILED', failureCode, description, outputs: status.outputs };
}

function failureOf(error: unknown): Exclude<PollOutcome, { state: 'IN_PROGRESS' }> {
  const failure = toFailureCode(error);
  return { state: 'FAILED', failureCode: failure.failureCode, description: failure.description, outputs: {} };
}

/** The no-Heat runs of one process (one per monitor). */
export class FacadeRuns {
  readonly #runs = new Map<string, Run>();
  /** The last outcomes handed out, so a second job record of a finished request does not run it again. */
  readonly #finished = new Map<string, Exclude<PollOutcome, { state: 'IN_PROGRESS' }>>();
  readonly #onEvent: RunEventListener | undefined;

  /** @param onEvent - Told when a run starts here, and when one stops because this process lost its job. */
  constructor(onEvent?: RunEventListener) {
    this.#onEvent = onEvent;
  }

  /**
   * Whether this process holds a run of the request (running, stopping, or finished and not yet reported).
   *
   * @param requestId - The request id.
   * @returns true when it does.
   */
  has(requestId: string): boolean {
    return this.#runs.has(requestId);
  }

  /** How many runs this process holds. */
  get size(): number {
    return this.#runs.size;
  }

  /**
   * Polls a request's run: starts it when this process has none (IN_PROGRESS), says IN_PROGRESS while it runs,
   * and hands out its outcome (then forgets the run, keeping the outcome for a second job record of the request,
   * which gets the same answer instead of a new run).
   *
   * @param facade - The facade over the location's driver.
   * @param request - The request, its operation, its document and this process's lease on the job.
   * @returns The outcome so far.
   * @throws {@link DriverApiError} when the sealed document no longer parses (a run is not started).
   */
  poll(facade: FacadeEngines, request: RunRequest): PollOutcome {
    const run = this.#runs.get(request.requestId);
    if (run === undefined) {
      const finished = this.#finished.get(request.requestId);
      if (finished !== undefined) return finished;
      if (!request.lease.aborted) this.#start(facade, request);
      return { state: 'IN_PROGRESS' };
    }
    if (run.stopping) return { state: 'IN_PROGRESS' }; // a later poll starts it again
    if (run.result !== undefined) {
      this.#forget(request.requestId, run);
      this.#finished.set(request.requestId, run.result);
      for (const old of this.#finished.keys()) {
        if (this.#finished.size <= FINISHED_KEPT) break;
        this.#finished.delete(old);
      }
      return run.result;
    }
    if (run.lease !== request.lease) this.#hold(run, request.lease);
    return { state: 'IN_PROGRESS' };
  }

  /**
   * Stops a run of this process (e.g. at the request's deadline); nothing when there is none.
   *
   * @param requestId - The request id.
   * @param reason - Why (the abort reason the facade sees).
   */
  abort(requestId: string, reason: Error): void {
    const run = this.#runs.get(requestId);
    if (run === undefined) return;
    this.#forget(requestId, run);
    run.controller.abort(reason);
  }

  #start(facade: FacadeEngines, request: RunRequest): void {
    const { requestId, kind } = request;
    const document = request.document();
    const controller = new AbortController();
    const run: Run = {
      requestId,
      kind,
      controller,
      lease: request.lease,
      release: () => undefined,
      result: undefined,
      stopping: false,
    };
    this.#runs.set(requestId, run);
    this.#hold(run, request.lease);
    const engine = facade.engine('direct');
    const options = { signal: controller.signal };
    const work = kind === 'apply' ? engine.apply(document, options) : engine.destroy(document, options);
    void work.then(outcomeOf, failureOf).then((result) => {
      run.result = result;
      if (run.stopping) this.#forget(requestId, run);
    });
    this.#onEvent?.('started', requestId, kind);
  }

  /** Ties the run to the current lease: losing the job stops the run, which is forgotten once stopped. */
  #hold(run: Run, lease: AbortSignal): void {
    run.release();
    const lost = () => {
      if (run.result === undefined) this.#onEvent?.('stopped', run.requestId, run.kind);
      run.stopping = true;
      run.controller.abort(new Error('this replica no longer holds the job'));
      if (run.result !== undefined) this.#forget(run.requestId, run);
    };
    run.lease = lease;
    run.release = () => lease.removeEventListener('abort', lost);
    if (lease.aborted) lost();
    else lease.addEventListener('abort', lost, { once: true });
  }

  #forget(requestId: string, run: Run): void {
    run.release();
    if (this.#runs.get(requestId) === run) this.#runs.delete(requestId);
  }
}
