// `stratus/openstack/orchestration`: the Heat operations (list/get/create/… per resource, lazy lists, waiters) and
// their option and model types. Request builders and parsers are in `stratus/openstack/wire`. Named re-exports only.

export {
  type ListStackEventsOptions,
  listStackEvents,
  type StackEvent,
} from './events/index.ts';
export type { OrchestrationExtension } from './extension.ts';
export { heatMarkerNext } from './paging.ts';
export {
  getStackResource,
  type ListStackResourcesOptions,
  listStackResources,
  markStackResourceUnhealthy,
  type StackResource,
} from './resources/index.ts';
export {
  type CreateStackOptions,
  createStack,
  DEFAULT_STACK_PAGE_SIZE,
  deleteStack,
  deleteStackAndWait,
  findStack,
  getStack,
  getStackTemplate,
  type ListStacksOptions,
  listStacks,
  type Stack,
  type StackAction,
  StackFailedError,
  type StackOutput,
  type StackRef,
  type StackTemplateOptions,
  type StackWaitOptions,
  stackPath,
  updateStack,
  waitForStack,
} from './stacks/index.ts';
