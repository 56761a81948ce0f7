import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { ServiceRequest } from '../../service-client.ts';
import type { CreateStackOptions, ListStacksOptions, StackRef, StackTemplateOptions } from './types.ts';

/** The default page size for Heat lists. */
export const DEFAULT_STACK_PAGE_SIZE = 100;

const NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;

/**
 * The path of a stack: `stacks/<name>/<id>`.
 *
 * @param ref - Name and id.
 * @returns The relative path.
 */
export function stackPath(ref: StackRef): string {
  return `stacks/${encodeURIComponent(ref.name)}/${encodeURIComponent(ref.id)}`;
}

/**
 * Builds the first page of `GET /stacks`.
 *
 * @param options - Filters and page size.
 * @returns The request.
 */
export function buildListStacksRequest(options: ListStacksOptions = {}): ServiceRequest {
  return {
    method: 'GET',
    path: 'stacks',
    query: { name: options.name, status: options.status, limit: options.pageSize ?? DEFAULT_STACK_PAGE_SIZE },
    expect: [200],
  };
}

/**
 * Builds `GET /stacks/{name_or_id}`: Heat answers 302 to `stacks/<name>/<id>` (or 200 directly).
 *
 * @param nameOrId - A stack name or UUID.
 * @returns The request.
 */
export function buildFindStackRequest(nameOrId: string): ServiceRequest {
  return { method: 'GET', path: `stacks/${encodeURIComponent(nameOrId)}`, expect: [200, 302] };
}

/**
 * Builds `GET /stacks/{name}/{id}`.
 *
 * @param ref - Name and id.
 * @returns The request.
 */
export function buildGetStackRequest(ref: StackRef): ServiceRequest {
  return { method: 'GET', path: stackPath(ref), expect: [200] };
}

/**
 * Builds `GET /stacks/<name>/<id>/template` (the template the stack was last created or updated with).
 *
 * @param ref - The stack.
 * @returns The request.
 */
export function buildGetStackTemplateRequest(ref: StackRef): ServiceRequest {
  return { method: 'GET', path: `${stackPath(ref)}/template`, expect: [200] };
}

function templateBody(options: StackTemplateOptions): Record<string, unknown> {
  const body: Record<string, unknown> = { template: options.template };
  if (options.files !== undefined) body.files = options.files;
  if (options.parameters !== undefined) body.parameters = options.parameters;
  if (options.environment !== undefined) body.environment = options.environment;
  if (options.timeoutMins !== undefined) body.timeout_mins = options.timeoutMins;
  return body;
}

/**
 * Builds `POST /stacks`.
 *
 * @param options - Name, template, files, parameters and environment.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a name Heat would reject.
 */
export function buildCreateStackRequest(options: CreateStackOptions): ServiceRequest {
  if (!NAME.test(options.name)) {
    throw new ConfigurationError(
      `createStack: name '${options.name}' must start with a letter and contain only letters, digits, '_', '-', '.'`,
    );
  }
  const json: Record<string, unknown> = { stack_name: options.name, ...templateBody(options) };
  if (options.disableRollback !== undefined) json.disable_rollback = options.disableRollback;
  if (options.tags !== undefined) json.tags = options.tags.join(',');
  return { method: 'POST', path: 'stacks', json, expect: [201] };
}

/**
 * Builds `PUT /stacks/{name}/{id}` (replace the template) or, with `existing`, `PATCH` (keep what is not sent).
 *
 * @param ref - Name and id.
 * @param options - The new template and inputs.
 * @param existing - Patch the existing stack instead of replacing it.
 * @returns The request.
 */
export function buildUpdateStackRequest(
  ref: StackRef,
  options: StackTemplateOptions,
  existing = false,
): ServiceRequest {
  return {
    method: existing ? 'PATCH' : 'PUT',
    path: stackPath(ref),
    json: templateBody(options),
    expect: [202],
  };
}

/**
 * Builds `DELETE /stacks/{name}/{id}`. A 204 only means Heat started deleting.
 *
 * @param ref - Name and id.
 * @returns The request.
 */
export function buildDeleteStackRequest(ref: StackRef): ServiceRequest {
  return { method: 'DELETE', path: stackPath(ref), expect: [204] };
}
