import type { ServiceRequest } from '../../service-client.ts';
import { DEFAULT_STACK_PAGE_SIZE, stackPath } from '../stacks/requests.ts';
import type { StackRef } from '../stacks/types.ts';
import type { ListStackEventsOptions } from './types.ts';

/**
 * Builds the first page of `GET /stacks/{name}/{id}/events`.
 *
 * @param ref - The stack.
 * @param options - Resource filter, order and page size.
 * @returns The request.
 */
export function buildListStackEventsRequest(
  ref: StackRef,
  options: ListStackEventsOptions = {},
): ServiceRequest {
  return {
    method: 'GET',
    path: `${stackPath(ref)}/events`,
    query: {
      resource_name: options.resourceName,
      sort_dir: options.sortDir ?? 'asc',
      limit: options.pageSize ?? DEFAULT_STACK_PAGE_SIZE,
    },
    expect: [200],
  };
}
