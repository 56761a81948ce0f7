export {
  createV10SharedIpGroup,
  deleteV10SharedIpGroup,
  getV10SharedIpGroup,
  type ListV10SharedIpGroupsRequest,
  listV10SharedIpGroups,
  shareV10Ip,
  unshareV10Ip,
} from './operations.ts';
export {
  buildCreateSharedIpGroupRequest,
  buildDeleteSharedIpGroupRequest,
  buildGetSharedIpGroupRequest,
  buildListSharedIpGroupsRequest,
  buildShareIpRequest,
  buildUnshareIpRequest,
} from './requests.ts';
export { parseV10SharedIpGroup, parseV10SharedIpGroupBody } from './results.ts';
export type {
  CreateV10SharedIpGroupOptions,
  ListV10SharedIpGroupsOptions,
  ShareV10IpOptions,
  V10SharedIpGroup,
} from './types.ts';
