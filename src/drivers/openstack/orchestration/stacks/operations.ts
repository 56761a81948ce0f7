import { expectObject } from '../../../../shape/expect.ts';
import { absentOnNotFound } from '../../find.ts';
import { paginate } from '../../pagination.ts';
import type { ServiceClient } from '../../service-client.ts';
import { heatMarkerNext } from '../paging.ts';
import {
  buildCreateStackRequest,
  buildDeleteStackRequest,
  buildFindStackRequest,
  buildGetStackRequest,
  buildGetStackTemplateRequest,
  buildListStacksRequest,
  buildUpdateStackRequest,
} from './requests.ts';
import { parseCreatedStack, parseStack } from './results.ts';
import type {
  CreateStackOptions,
  ListStacksOptions,
  Stack,
  StackRef,
  StackTemplateOptions,
} from './types.ts';

/**
 * Lists stacks lazily; Heat pages by marker (no next links), so a full page is followed by the next marker.
 *
 * @param client - The orchestration service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of stacks (without outputs: use {@link "drivers/openstack/orchestration"!getStack} for those).
 */
export function listStacks(
  client: ServiceClient,
  options: ListStacksOptions = {},
  signal?: AbortSignal,
): AsyncIterable<Stack> {
  const parse = parseStack;
  return paginate(
    client,
    buildListStacksRequest(options),
    { itemsKey: 'stacks', parse, next: heatMarkerNext('stacks') },
    signal,
  );
}

/**
 * Gets one stack with its outputs and parameters.
 *
 * @param client - The orchestration service.
 * @param ref - Name and id.
 * @param signal - Aborts the request.
 * @returns The stack.
 * @throws {@link "index"!NotFoundError} when there is no such stack.
 */
export async function getStack(client: ServiceClient, ref: StackRef, signal?: AbortSignal): Promise<Stack> {
  const response = await client.request(buildGetStackRequest(ref), signal);
  return parseStack(expectObject(response.body, '$').stack, '$.stack');
}

/**
 * Finds a live stack by name or id (Heat redirects `stacks/<name>` to `stacks/<name>/<id>`; the redirect is
 * followed). Heat stack names are unique per project, so a name matches one stack at most.
 *
 * @param client - The orchestration service.
 * @param nameOrId - A stack name or UUID.
 * @param signal - Aborts the requests.
 * @returns The stack with outputs, or `undefined` when Heat knows no such stack or reports it `DELETE_COMPLETE`.
 */
export async function findStack(
  client: ServiceClient,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<Stack | undefined> {
  let response = await absentOnNotFound(client.request(buildFindStackRequest(nameOrId), signal));
  const location = response?.headers.location;
  if (response?.status === 302 && location !== undefined) {
    const path = new URL(location, `${client.endpoint}/`).href;
    response = await absentOnNotFound(client.request({ method: 'GET', path, expect: [200] }, signal));
  }
  if (response === undefined) return undefined;
  const stack = parseStack(expectObject(response.body, '$').stack, '$.stack');
  return stack.status === 'DELETE_COMPLETE' ? undefined : stack;
}

/**
 * Starts creating a stack; it is done when {@link "drivers/openstack/orchestration"!waitForStack} sees `CREATE_COMPLETE`.
 *
 * @param client - The orchestration service.
 * @param options - Name, template, files, parameters and environment.
 * @param signal - Aborts the request.
 * @returns The new stack's name and id.
 * @throws {@link "index"!ConfigurationError} for a bad name; {@link "index"!BadRequestError} for an invalid template.
 * @example
 * ```ts
 * const ref = await createStack(heat, { name: 'web', template: readFileSync('web.yaml', 'utf8') });
 * const stack = await waitForStack(heat, ref, 'CREATE');
 * ```
 */
export async function createStack(
  client: ServiceClient,
  options: CreateStackOptions,
  signal?: AbortSignal,
): Promise<StackRef> {
  const response = await client.request(buildCreateStackRequest(options), signal);
  return parseCreatedStack(response.body, options.name);
}

/**
 * Starts updating a stack; it is done when {@link "drivers/openstack/orchestration"!waitForStack} sees `UPDATE_COMPLETE`.
 *
 * @param client - The orchestration service.
 * @param ref - Name and id.
 * @param options - The new template and inputs.
 * @param existing - Patch (keep parameters and template parts not sent) instead of replacing.
 * @param signal - Aborts the request.
 * @returns Nothing once Heat accepted the update.
 */
export async function updateStack(
  client: ServiceClient,
  ref: StackRef,
  options: StackTemplateOptions,
  existing = false,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildUpdateStackRequest(ref, options, existing), signal);
}

/**
 * Asks Heat to delete a stack. Heat's 204 does NOT mean it was deleted: use {@link "drivers/openstack/orchestration"!deleteStackAndWait}.
 *
 * @param client - The orchestration service.
 * @param ref - Name and id.
 * @param signal - Aborts the request.
 * @returns Nothing once Heat accepted the delete.
 */
export async function deleteStack(client: ServiceClient, ref: StackRef, signal?: AbortSignal): Promise<void> {
  await client.request(buildDeleteStackRequest(ref), signal);
}

/**
 * Reads the template a stack was last created or updated with.
 *
 * @param client - The orchestration service.
 * @param ref - Name and id.
 * @param signal - Aborts the request.
 * @returns The template as Heat returns it (a JSON object).
 */
export async function getStackTemplate(
  client: ServiceClient,
  ref: StackRef,
  signal?: AbortSignal,
): Promise<Readonly<Record<string, unknown>>> {
  const response = await client.request(buildGetStackTemplateRequest(ref), signal);
  return expectObject(response.body, '$');
}
