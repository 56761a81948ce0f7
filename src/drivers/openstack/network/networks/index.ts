export {
  createNetwork,
  deleteNetwork,
  findNetwork,
  getNetwork,
  listFloatingIpPools,
  listNetworks,
  updateNetwork,
} from './operations.ts';
export {
  buildCreateNetworkRequest,
  buildListNetworksRequest,
  buildUpdateNetworkRequest,
} from './requests.ts';
export { parseNetwork } from './results.ts';
export type { CreateNetworkOptions, ListNetworksOptions, Network, UpdateNetworkOptions } from './types.ts';
