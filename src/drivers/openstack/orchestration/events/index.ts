export { listStackEvents } from './operations.ts';
export { buildListStackEventsRequest } from './requests.ts';
export { parseStackEvent } from './results.ts';
export type { ListStackEventsOptions, StackEvent } from './types.ts';
