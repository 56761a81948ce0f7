import type { ExecuteAccepted, ExecuteRequest } from '../api/types.ts';
import { badRequest } from '../http/api-error.ts';
import type { LocationCipher } from '../jobs/location-cipher.ts';
import type { MonitorJob } from '../jobs/monitor-job.ts';
import type { JobQueue, JsonValue } from '../jobs/queue.ts';
import type { SessionPool } from '../location/session-pool.ts';
import type { Logger } from '../log/logger.ts';
import { readDriverFiles } from './driver-files.ts';
import { DEPLOYMENT_TOPOLOGY, isFacadePackage } from './facade/document.ts';
import { startFacadeCreate, startFacadeDelete } from './facade/start.ts';
import { startAdopt } from './heat/adopt.ts';
import { existingStackId, startCreate } from './heat/create.ts';
import { startDelete } from './heat/delete.ts';
import { startQueuedCreate } from './heat/queued-create.ts';
import { type Lifecycle, lifecycleOf } from './request-id.ts';
import type { Started } from './started.ts';

/** What {@link executeLifecycle} needs. */
export interface ExecuteDeps {
  /** Sessions per location. */
  readonly pool: SessionPool;
  /** The monitor's queue. */
  readonly queue: JobQueue<MonitorJob>;
  /** Seals locations for the queue. */
  readonly cipher: LocationCipher;
  /** The logger. */
  readonly logger: Logger;
  /** Per-request deadline. */
  readonly deadlineMs: number;
  /** The first poll's delay. */
  readonly firstPollDelayMs: number;
  /** `adopt.skip_status_check`. */
  readonly adoptSkipStatusCheck: boolean;
  /**
   * `heat.create_accept`: `queued` answers a Create once its job is durable and the job sends the stack POST;
   * `immediate` sends the POST first, so the 202 names the stack (the original's behaviour). @defaultValue queued
   */
  readonly heatCreateAccept?: 'queued' | 'immediate' | undefined;
}

/** The request's context. */
export interface ExecuteContext {
  /** The `tenantId` header. */
  readonly tenantId: string | undefined;
  /** The `x-tracectx-*` headers. */
  readonly trace: Readonly<Record<string, string>>;
  /** Aborts the synchronous Heat calls. */
  readonly signal?: AbortSignal | undefined;
}

/** Starts the lifecycle in Heat, or through the facade for a no-Heat (`stratus.yaml`) package. */
async function startLifecycle(
  deps: ExecuteDeps,
  request: ExecuteRequest,
  lifecycle: Lifecycle,
  signal: AbortSignal | undefined,
): Promise<Started> {
  const withFiles = lifecycle === 'Create' || (lifecycle === 'Delete' && request.driverFiles !== '');
  const files = withFiles ? readDriverFiles(request.driverFiles) : new Map<string, Uint8Array>();
  const deployment = request.associatedTopology[DEPLOYMENT_TOPOLOGY] !== undefined;
  if (lifecycle !== 'Adopt' && (isFacadePackage(files) || (lifecycle === 'Delete' && deployment))) {
    deps.pool.facade(request.deploymentLocation); // a location that cannot make a session is a 400 now
    return lifecycle === 'Create' ? startFacadeCreate(request, files) : startFacadeDelete(request, files);
  }
  // the login and the catalog's Heat endpoint are checked now (a bad credential is this request's error), from
  // the token cache after the location's first request
  const heat = await deps.pool.client(request.deploymentLocation, 'orchestration', signal);
  if (
    lifecycle === 'Create' &&
    deps.heatCreateAccept !== 'immediate' &&
    existingStackId(request) === undefined
  ) {
    const queued = startQueuedCreate(request, files);
    if (queued !== undefined) return queued;
  }
  if (lifecycle === 'Create') return startCreate(heat, request, files, signal);
  if (lifecycle === 'Adopt') return startAdopt(heat, request, deps.adoptSkipStatusCheck, signal);
  return startDelete(heat, request, signal);
}

/**
 * The synchronous part of execute: validate the lifecycle, start it in Heat (or check the no-Heat document), queue
 * the monitoring job (with the location and any document sealed), and return the 202 body. The job is durable before the 202 is sent.
 *
 * @param deps - Pool, queue, cipher, logger and timing.
 * @param request - The execute request.
 * @param context - Tenant, trace and signal.
 * @returns The 202 body.
 * @throws {@link DriverApiError} 400 for another lifecycle name, bad files or a bad location.
 */
export async function executeLifecycle(
  deps: ExecuteDeps,
  request: ExecuteRequest,
  context: ExecuteContext,
): Promise<ExecuteAccepted> {
  const lifecycle = lifecycleOf(request.lifecycleName);
  if (lifecycle === undefined) {
    throw badRequest(
      `Openstack driver only supports Create, Adopt and Delete transitions, not ${request.lifecycleName}`,
      'ERR_INVALID_LIFECYCLE',
    );
  }
  const started = await startLifecycle(deps, request, lifecycle, context.signal);
  const job: MonitorJob = {
    requestId: started.requestId,
    lifecycle,
    location: deps.cipher.seal(request.deploymentLocation),
    trace: { ...context.trace },
    deadlineAt: Date.now() + deps.deadlineMs,
    errors: 0,
    ...(started.stack === undefined ? {} : { stack: started.stack }),
    ...(context.tenantId === undefined ? {} : { tenantId: context.tenantId }),
    ...(started.known === undefined ? {} : { known: started.known }),
    ...(started.before === undefined ? {} : { before: started.before }),
    ...(started.sentAt === undefined ? {} : { sentAt: started.sentAt }),
    ...(started.facade === undefined
      ? {}
      : { facade: { kind: started.facade.kind, document: deps.cipher.sealJson(started.facade.source) } }),
    // the template is parsed YAML (or translated TOSCA): plain data, so it survives JSON
    ...(started.create === undefined ? {} : { create: deps.cipher.sealJson(started.create as JsonValue) }),
  };
  const now = started.known !== undefined || started.create !== undefined;
  await deps.queue.enqueue(started.requestId, job, now ? 0 : deps.firstPollDelayMs);
  deps.logger.info(`${lifecycle} accepted`, { requestId: started.requestId, stack: started.stack?.id });
  return { requestId: started.requestId, associatedTopology: started.topology, version: '1.0.0' };
}
