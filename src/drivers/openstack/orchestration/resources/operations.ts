import { expectObject } from '../../../../shape/expect.ts';
import type { ServiceClient } from '../../service-client.ts';
import type { StackRef } from '../stacks/types.ts';
import {
  buildGetStackResourceRequest,
  buildListStackResourcesRequest,
  buildMarkResourceUnhealthyRequest,
} from './requests.ts';
import { parseStackResource, parseStackResources } from './results.ts';
import type { ListStackResourcesOptions, StackResource } from './types.ts';

/**
 * Lists a stack's resources (one request; Heat does not paginate them).
 *
 * @param client - The orchestration service.
 * @param ref - The stack.
 * @param options - Nested depth and type filter.
 * @param signal - Aborts the request.
 * @returns The resources.
 * @example
 * ```ts
 * const servers = await listStackResources(heat, ref, { type: 'OS::Nova::Server' });
 * ```
 */
export async function listStackResources(
  client: ServiceClient,
  ref: StackRef,
  options: ListStackResourcesOptions = {},
  signal?: AbortSignal,
): Promise<StackResource[]> {
  const response = await client.request(buildListStackResourcesRequest(ref, options), signal);
  return parseStackResources(response.body);
}

/**
 * Gets one resource of a stack.
 *
 * @param client - The orchestration service.
 * @param ref - The stack.
 * @param resourceName - The resource's name in the template.
 * @param signal - Aborts the request.
 * @returns The resource.
 * @throws {@link "index"!NotFoundError} when the stack has no such resource.
 */
export async function getStackResource(
  client: ServiceClient,
  ref: StackRef,
  resourceName: string,
  signal?: AbortSignal,
): Promise<StackResource> {
  const response = await client.request(buildGetStackResourceRequest(ref, resourceName), signal);
  return parseStackResource(expectObject(response.body, '$').resource, '$.resource');
}

/**
 * Marks one resource of a stack unhealthy, so that the next stack update replaces it (how a server deleted
 * behind Heat's back is recreated: Heat itself never notices).
 *
 * @param client - The orchestration service.
 * @param ref - The stack.
 * @param resourceName - The resource's name in the template.
 * @param reason - Why, kept as the resource's status reason.
 * @param signal - Aborts the request.
 * @returns Once Heat accepted it.
 * @throws {@link "index"!NotFoundError} when the stack has no such resource.
 */
export async function markStackResourceUnhealthy(
  client: ServiceClient,
  ref: StackRef,
  resourceName: string,
  reason: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildMarkResourceUnhealthyRequest(ref, resourceName, reason), signal);
}
