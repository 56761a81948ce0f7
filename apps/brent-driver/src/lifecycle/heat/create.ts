import { BadRequestError, ConflictError, NotFoundError, OutcomeUnknownError } from 'stratus';
import type { ServiceClient } from 'stratus/openstack';
import { createStack, findStack } from 'stratus/openstack/orchestration';
import type { ExecuteRequest } from '../../api/types.ts';
import { badRequest, DriverApiError } from '../../http/api-error.ts';
import { FailureCode } from '../../messaging/completion.ts';
import type { DriverFiles } from '../driver-files.ts';
import { newRequestId } from '../request-id.ts';
import { type Started, stackTopology } from '../started.ts';
import { type CreateSpec, maskSecretInputs } from './create-spec.ts';
import { type LostAnswerWindow, stackAfterLostAnswer } from './lost-answer.ts';
import { candidateInputs, declaredInputs } from './parameters.ts';
import { stackName } from './stack-name.ts';
import { prepareTemplate } from './template.ts';

/**
 * The synchronous checks of a Create: the template (HEAT as given, TOSCA translated), the inputs it declares
 * and the stack name. Everything that can be refused without Heat is refused here, as a 400.
 *
 * @param request - The execute request.
 * @param files - The package files.
 * @returns The create to send.
 * @throws {@link DriverApiError} 400 for a missing or invalid template, an unknown template-type, or a
 * parameter the template requires (no default) that the request does not give.
 */
export function prepareCreate(request: ExecuteRequest, files: DriverFiles): CreateSpec {
  const prepared = prepareTemplate(files, request.requestProperties);
  const parameters = declaredInputs(
    candidateInputs(request.resourceProperties, request.systemProperties),
    prepared.declared,
  );
  const missing = prepared.required.filter((p) => parameters[p] === undefined);
  if (missing.length > 0) {
    const list = missing.map((p) => `'${p}'`).join(', ');
    throw badRequest(
      `The ${prepared.kind} template declares ${list} with no default and the request gives no value: add ` +
        `${missing.length === 1 ? 'it' : 'them'} to resourceProperties (a 'system_' name comes from ` +
        'systemProperties) or give the template a default',
      'ERR_MISSING_PARAMETER',
    );
  }
  return {
    name: stackName(request.systemProperties),
    template: prepared.template,
    files: prepared.files,
    parameters,
    kind: prepared.kind,
  };
}

/**
 * The `stack_id` resource property when it names a stack to reuse (not blank, not `"0"`).
 *
 * @param request - The execute request.
 * @returns The stack id, or `undefined` for a new stack.
 */
export function existingStackId(request: ExecuteRequest): string | undefined {
  const raw = request.resourceProperties.stack_id?.value;
  const id = raw === undefined || raw === null ? '' : String(raw).trim();
  return id === '' || id === '0' ? undefined : id;
}

export async function reuseStack(heat: ServiceClient, id: string, signal?: AbortSignal): Promise<Started> {
  const notFound = (cause?: unknown) =>
    badRequest(`Stack '${id}' (resource property stack_id) was not found`, 'ERR_STACK_NOT_FOUND', cause);
  const stack = await findStack(heat, id, signal).catch((error: unknown) => {
    throw notFound(error);
  });
  if (stack === undefined) throw notFound();
  return {
    lifecycle: 'Create',
    requestId: newRequestId('Create', stack.id),
    topology: stackTopology(stack.id),
    stack: { name: stack.name, id: stack.id },
  };
}

function creating(ref: { readonly name: string; readonly id: string }): Started {
  return {
    lifecycle: 'Create',
    requestId: newRequestId('Create', ref.id),
    topology: stackTopology(ref.id),
    stack: { name: ref.name, id: ref.id },
  };
}

function alreadyExists(name: string, existing?: { readonly id: string; readonly status: string }): Started {
  const description = `Heat stack '${name}' already exists${existing === undefined ? '' : ` (${existing.id}, ${existing.status})`}`;
  return {
    lifecycle: 'Create',
    requestId: newRequestId('Create', name),
    topology: {},
    known: { status: 'FAILED', failureCode: FailureCode.RESOURCE_ALREADY_EXISTS, description },
  };
}

async function afterLostAnswer(
  heat: ServiceClient,
  name: string,
  sentAt: number,
  lost: OutcomeUnknownError,
  window: LostAnswerWindow,
  signal?: AbortSignal,
): Promise<Started> {
  const found = await stackAfterLostAnswer(heat, name, sentAt, window, signal);
  if (found.kind === 'made') return creating(found.stack);
  if (found.kind === 'older') return alreadyExists(name, found.stack);
  throw new DriverApiError(
    503,
    `Heat did not answer the create of stack '${name}' (${lost.message}) and no stack of that name appeared ` +
      `within ${Math.round((window.windowMs ?? 60_000) / 1000)} s: send the Create again (if Heat makes the ` +
      'stack late, the new Create is answered RESOURCE_ALREADY_EXISTS and names it)',
    'ERR_OUTCOME_UNKNOWN',
    lost,
  );
}

/**
 * Create (SPEC §4.2): reuse the stack of `stack_id` when set (with a proper request id, unlike the original),
 * else create a stack from the package's HEAT or TOSCA template under the VIM driver's stack name. A name
 * that exists already is reported as FAILED / RESOURCE_ALREADY_EXISTS and the existing stack is left alone.
 * When Heat's answer is lost (a timeout under load, a cut connection), the stack is looked up by its name, so
 * the request still gets its 202 and poll instead of a 500 and an orphaned stack.
 *
 * @param heat - The orchestration client.
 * @param request - The execute request.
 * @param files - The package files.
 * @param signal - Aborts the Heat calls.
 * @param lostAnswer - How long to look for the stack after a lost answer.
 * @returns What the 202 and the monitor job need.
 * @throws {@link DriverApiError} 400 for a bad template, an unknown `stack_id`, or Heat refusing the template;
 * 503 when Heat's answer was lost and no stack of the name appeared.
 */
export async function startCreate(
  heat: ServiceClient,
  request: ExecuteRequest,
  files: DriverFiles,
  signal?: AbortSignal,
  lostAnswer: LostAnswerWindow = {},
): Promise<Started> {
  const reuse = existingStackId(request);
  if (reuse !== undefined) return reuseStack(heat, reuse, signal);
  const spec = prepareCreate(request, files);
  const { name } = spec;
  const sentAt = Date.now();
  try {
    return creating(
      await createStack(
        heat,
        { name, template: spec.template, files: spec.files, parameters: spec.parameters },
        signal,
      ),
    );
  } catch (error) {
    if (error instanceof OutcomeUnknownError) {
      return afterLostAnswer(heat, name, sentAt, error, lostAnswer, signal);
    }
    if (error instanceof ConflictError) {
      const existing = await findStack(heat, name, signal).catch((e: unknown) =>
        e instanceof NotFoundError ? undefined : Promise.reject(e),
      );
      return alreadyExists(name, existing);
    }
    if (error instanceof BadRequestError) {
      const message = maskSecretInputs(`Heat refused the ${spec.kind} template: ${error.message}`, spec);
      throw badRequest(message, 'ERR_TEMPLATE');
    }
    throw error;
  }
}
