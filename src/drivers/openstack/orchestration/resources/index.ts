export { getStackResource, listStackResources, markStackResourceUnhealthy } from './operations.ts';
export {
  buildGetStackResourceRequest,
  buildListStackResourcesRequest,
  buildMarkResourceUnhealthyRequest,
} from './requests.ts';
export { parseStackResource, parseStackResources } from './results.ts';
export type { ListStackResourcesOptions, StackResource } from './types.ts';
