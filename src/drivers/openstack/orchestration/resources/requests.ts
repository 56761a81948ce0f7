import type { ServiceRequest } from '../../service-client.ts';
import { stackPath } from '../stacks/requests.ts';
import type { StackRef } from '../stacks/types.ts';
import type { ListStackResourcesOptions } from './types.ts';

/**
 * Builds `GET /stacks/{name}/{id}/resources` (Heat returns them all at once).
 *
 * @param ref - The stack.
 * @param options - Nested depth and type filter.
 * @returns The request.
 */
export function buildListStackResourcesRequest(
  ref: StackRef,
  options: ListStackResourcesOptions = {},
): ServiceRequest {
  return {
    method: 'GET',
    path: `${stackPath(ref)}/resources`,
    query: { nested_depth: options.nestedDepth, type: options.type },
    expect: [200],
  };
}

/**
 * Builds `GET /stacks/{name}/{id}/resources/{resource}`.
 *
 * @param ref - The stack.
 * @param resourceName - The resource's name in the template.
 * @returns The request.
 */
export function buildGetStackResourceRequest(ref: StackRef, resourceName: string): ServiceRequest {
  return {
    method: 'GET',
    path: `${stackPath(ref)}/resources/${encodeURIComponent(resourceName)}`,
    expect: [200],
  };
}

/**
 * Builds `PATCH /stacks/<name>/<id>/resources/<resource>` with `mark_unhealthy` (Heat replaces the resource on
 * the next update).
 *
 * @param ref - The stack.
 * @param resourceName - The resource's name in the template.
 * @param reason - Why, kept as the resource's status reason.
 * @returns The request.
 */
export function buildMarkResourceUnhealthyRequest(
  ref: StackRef,
  resourceName: string,
  reason: string,
): ServiceRequest {
  return {
    method: 'PATCH',
    path: `${stackPath(ref)}/resources/${encodeURIComponent(resourceName)}`,
    json: { mark_unhealthy: true, resource_status_reason: reason },
    expect: [200],
  };
}
