export {
  createStack,
  deleteStack,
  findStack,
  getStack,
  getStackTemplate,
  listStacks,
  updateStack,
} from './operations.ts';
export {
  buildCreateStackRequest,
  buildDeleteStackRequest,
  buildFindStackRequest,
  buildGetStackRequest,
  buildGetStackTemplateRequest,
  buildListStacksRequest,
  buildUpdateStackRequest,
  DEFAULT_STACK_PAGE_SIZE,
  stackPath,
} from './requests.ts';
export { parseCreatedStack, parseStack } from './results.ts';
export { StackFailedError } from './stack-failed-error.ts';
export type {
  CreateStackOptions,
  ListStacksOptions,
  Stack,
  StackOutput,
  StackRef,
  StackTemplateOptions,
  StackWaitOptions,
} from './types.ts';
export { deleteStackAndWait, type StackAction, waitForStack } from './waiters.ts';
