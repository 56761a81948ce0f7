export {
  createSecurityGroup,
  deleteSecurityGroup,
  findSecurityGroup,
  getSecurityGroup,
  listSecurityGroups,
  updateSecurityGroup,
} from './operations.ts';
export {
  buildCreateSecurityGroupRequest,
  buildListSecurityGroupsRequest,
  buildUpdateSecurityGroupRequest,
} from './requests.ts';
export { parseSecurityGroup } from './results.ts';
export { addSecurityGroupToServer, removeSecurityGroupFromServer } from './server.ts';
export type {
  CreateSecurityGroupOptions,
  ListSecurityGroupsOptions,
  SecurityGroup,
  UpdateSecurityGroupOptions,
} from './types.ts';
