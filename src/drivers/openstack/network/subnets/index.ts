export {
  createSubnet,
  deleteSubnet,
  findSubnet,
  getSubnet,
  listSubnets,
  updateSubnet,
} from './operations.ts';
export { buildCreateSubnetRequest, buildListSubnetsRequest, buildUpdateSubnetRequest } from './requests.ts';
export { parseSubnet } from './results.ts';
export type {
  AllocationPool,
  CreateSubnetOptions,
  ListSubnetsOptions,
  Subnet,
  UpdateSubnetOptions,
} from './types.ts';
