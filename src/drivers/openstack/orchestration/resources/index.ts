export { getStackResource, listStackResources } from './operations.ts';
export { buildGetStackResourceRequest, buildListStackResourcesRequest } from './requests.ts';
export { parseStackResource, parseStackResources } from './results.ts';
export type { ListStackResourcesOptions, StackResource } from './types.ts';
