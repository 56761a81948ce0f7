export { createServerGroup, deleteServerGroup, getServerGroup, listServerGroups } from './operations.ts';
export {
  buildCreateServerGroupRequest,
  buildDeleteServerGroupRequest,
  buildGetServerGroupRequest,
  buildListServerGroupsRequest,
} from './requests.ts';
export { parseServerGroup } from './results.ts';
export type { CreateServerGroupOptions, ServerGroup } from './types.ts';
