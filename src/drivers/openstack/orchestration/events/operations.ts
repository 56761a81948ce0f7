import { paginate } from '../../pagination.ts';
import type { ServiceClient } from '../../service-client.ts';
import { heatMarkerNext } from '../paging.ts';
import type { StackRef } from '../stacks/types.ts';
import { buildListStackEventsRequest } from './requests.ts';
import { parseStackEvent } from './results.ts';
import type { ListStackEventsOptions, StackEvent } from './types.ts';

/**
 * Lists a stack's events lazily, oldest first by default, paging by marker.
 *
 * @param client - The orchestration service.
 * @param ref - The stack.
 * @param options - Resource filter, order and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of events.
 */
export function listStackEvents(
  client: ServiceClient,
  ref: StackRef,
  options: ListStackEventsOptions = {},
  signal?: AbortSignal,
): AsyncIterable<StackEvent> {
  return paginate(
    client,
    buildListStackEventsRequest(ref, options),
    { itemsKey: 'events', parse: parseStackEvent, next: heatMarkerNext('events') },
    signal,
  );
}
