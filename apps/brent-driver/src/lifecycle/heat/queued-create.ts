/**
 * Create with the stack POST queued (`heat.create_accept: queued`, the default): execute checks the package and
 * works out the stack (template, inputs, name) synchronously, seals it into the durable job and answers 202 at
 * once; the replica that consumes the job sends the POST. Brent's 202 therefore never waits on Heat, however
 * many Creates arrive together, and the stack id reaches Brent in the completion's associatedTopology.
 *
 * The job may run more than once (a replica killed mid-POST, a lost answer), so the stack carries the request's
 * tag: a stack of the name with that tag is this request's, one without it is somebody else's.
 */
import type { ExecuteRequest } from '../../api/types.ts';
import type { DriverFiles } from '../driver-files.ts';
import { newRequestId } from '../request-id.ts';
import type { Started } from '../started.ts';
import { prepareCreate } from './create.ts';

/** Above this size (JSON) a create is sent at once rather than queued: Kafka's default record limit is 1 MiB. */
export const MAX_QUEUED_CREATE_BYTES = 512 * 1024;

/**
 * The tag that marks the stack of a request.
 *
 * @param requestId - `Create::<name>::<uuid>`.
 * @returns `stratus-request-<uuid>`.
 */
export function requestTag(requestId: string): string {
  return `stratus-request-${requestId.slice(requestId.lastIndexOf('::') + 2)}`;
}

/**
 * The synchronous part of a queued Create: everything but the POST.
 *
 * @param request - The execute request.
 * @param files - The package files.
 * @returns What the 202 (no topology yet) and the job need; `undefined` when the create is too large to queue.
 * @throws {@link DriverApiError} 400 for a missing or invalid template, or an unknown template-type.
 */
export function startQueuedCreate(request: ExecuteRequest, files: DriverFiles): Started | undefined {
  const spec = prepareCreate(request, files);
  if (Buffer.byteLength(JSON.stringify(spec)) > MAX_QUEUED_CREATE_BYTES) return undefined;
  const requestId = newRequestId('Create', spec.name);
  return { lifecycle: 'Create', requestId, topology: {}, create: { ...spec, tag: requestTag(requestId) } };
}
