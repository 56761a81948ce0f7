// The OpenStack 1.0 compute API: the driver, its operations by resource, and the JSON/XML wire layer.
// Request builders stay inside their resource folders (their names match the 1.1 ones).
export {
  listV10Addresses,
  listV10NetworkAddresses,
  parseV10Addresses,
  type V10Addresses,
  V10AddressNetwork,
} from './addresses/index.ts';
export {
  createV10ComputeExtension,
  type OpenStackV10CreateNodeOptions,
  type OpenStackV10DriverOptions,
  type OpenStackV10Extensions,
  OpenStackV10NodeDriver,
  toCreateV10ServerOptions,
  V10_STATUS_TO_NODE_STATE,
  type V10ComputeExtension,
  type V10ComputeSettings,
  v10FlavorToSize,
  v10ImageToNodeImage,
  v10ServerToNode,
} from './driver/index.ts';
export {
  getV10Flavor,
  type ListV10FlavorsOptions,
  listV10FlavorDetails,
  listV10Flavors,
  parseV10Flavor,
  type V10Flavor,
  type V10FlavorRef,
} from './flavors/index.ts';
export {
  type CreateV10ImageOptions,
  createV10Image,
  deleteV10Image,
  getV10Image,
  type ListV10ImagesOptions,
  listV10ImageDetails,
  listV10Images,
  parseV10Image,
  type V10Image,
  type V10ImageRef,
} from './images/index.ts';
export { getV10Limits, parseV10LimitsBody, type V10Limits, type V10RateLimit } from './limits/index.ts';
export {
  confirmV10Resize,
  rebootV10Server,
  rebuildV10Server,
  resizeV10Server,
  revertV10Resize,
  V10RebootType,
} from './server-actions/index.ts';
export {
  type CreateV10ServerOptions,
  createV10Server,
  deleteV10Server,
  getV10Server,
  type ListV10ServersOptions,
  listV10ServerDetails,
  listV10Servers,
  parseV10Server,
  type UpdateV10ServerOptions,
  updateV10Server,
  type V10PersonalityFile,
  type V10Server,
  type V10ServerRef,
} from './servers/index.ts';
export {
  type CreateV10SharedIpGroupOptions,
  createV10SharedIpGroup,
  deleteV10SharedIpGroup,
  getV10SharedIpGroup,
  type ListV10SharedIpGroupsOptions,
  type ListV10SharedIpGroupsRequest,
  listV10SharedIpGroups,
  parseV10SharedIpGroup,
  type ShareV10IpOptions,
  shareV10Ip,
  unshareV10Ip,
  type V10SharedIpGroup,
} from './shared-ip-groups/index.ts';
export {
  createV10ComputeClient,
  decodeV10Xml,
  encodeV10Xml,
  parseV10Fault,
  V10_XML_NAMESPACE,
  type V10ComputeClientOptions,
  type V10Fault,
  V10Format,
  type V10ListOptions,
} from './wire/index.ts';
