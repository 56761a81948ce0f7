import { BadRequestError, ConflictError, NotFoundError } from 'stratus';
import { createStack, findStack, type ServiceClient } from 'stratus/openstack';
import type { ExecuteRequest } from '../../api/types.ts';
import { badRequest } from '../../http/api-error.ts';
import { FailureCode } from '../../messaging/completion.ts';
import type { DriverFiles } from '../driver-files.ts';
import { newRequestId } from '../request-id.ts';
import { type Started, stackTopology } from '../started.ts';
import { candidateInputs, declaredInputs } from './parameters.ts';
import { stackName } from './stack-name.ts';
import { prepareTemplate } from './template.ts';

function existingStackId(request: ExecuteRequest): string | undefined {
  const raw = request.resourceProperties.stack_id?.value;
  const id = raw === undefined || raw === null ? '' : String(raw).trim();
  return id === '' || id === '0' ? undefined : id;
}

/**
 * Create (SPEC §4.2): reuse the stack of `stack_id` when set (with a proper request id, unlike the original),
 * else create a stack from the package's HEAT or TOSCA template under the VIM driver's stack name. A name
 * that exists already is reported as FAILED / RESOURCE_ALREADY_EXISTS and the existing stack is left alone.
 *
 * @param heat - The orchestration client.
 * @param request - The execute request.
 * @param files - The package files.
 * @param signal - Aborts the Heat calls.
 * @returns What the 202 and the monitor job need.
 * @throws {@link DriverApiError} 400 for a bad template, an unknown `stack_id`, or Heat refusing the template.
 */
export async function startCreate(
  heat: ServiceClient,
  request: ExecuteRequest,
  files: DriverFiles,
  signal?: AbortSignal,
): Promise<Started> {
  const reuse = existingStackId(request);
  if (reuse !== undefined) {
    const stack = await findStack(heat, reuse, signal).catch((error: unknown) => {
      throw badRequest(
        `Stack '${reuse}' (resource property stack_id) was not found`,
        'ERR_STACK_NOT_FOUND',
        error,
      );
    });
    return {
      lifecycle: 'Create',
      requestId: newRequestId('Create', stack.id),
      topology: stackTopology(stack.id),
      stack: { name: stack.name, id: stack.id },
    };
  }
  const prepared = prepareTemplate(files, request.requestProperties);
  const parameters = declaredInputs(
    candidateInputs(request.resourceProperties, request.systemProperties),
    prepared.declared,
  );
  const name = stackName(request.systemProperties);
  try {
    const ref = await createStack(
      heat,
      { name, template: prepared.template, files: prepared.files, parameters },
      signal,
    );
    return {
      lifecycle: 'Create',
      requestId: newRequestId('Create', ref.id),
      topology: stackTopology(ref.id),
      stack: ref,
    };
  } catch (error) {
    if (error instanceof ConflictError) {
      const existing = await findStack(heat, name, signal).catch((e: unknown) =>
        e instanceof NotFoundError ? undefined : Promise.reject(e),
      );
      const description = `Heat stack '${name}' already exists${existing === undefined ? '' : ` (${existing.id}, ${existing.status})`}`;
      return {
        lifecycle: 'Create',
        requestId: newRequestId('Create', name),
        topology: {},
        known: { status: 'FAILED', failureCode: FailureCode.RESOURCE_ALREADY_EXISTS, description },
      };
    }
    if (error instanceof BadRequestError) {
      throw badRequest(`Heat refused the ${prepared.kind} template: ${error.message}`, 'ERR_TEMPLATE', error);
    }
    throw error;
  }
}
