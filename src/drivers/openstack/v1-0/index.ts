// `stratus/openstack/v1-0`: the OpenStack 1.0 compute API's operations and types, named like their 1.1
// counterparts (the driver class, OpenStackV10NodeDriver, is in `stratus/openstack`; builders and parsers in
// `stratus/openstack/wire`). Named re-exports only.

export {
  listV10Addresses as listAddresses,
  listV10NetworkAddresses as listNetworkAddresses,
  type V10Addresses as Addresses,
  V10AddressNetwork as AddressNetwork,
} from './addresses/index.ts';
export {
  V10_STATUS_TO_NODE_STATE as STATUS_TO_NODE_STATE,
  v10FlavorToSize as flavorToSize,
  v10ImageToNodeImage as imageToNodeImage,
  v10ServerToNode as serverToNode,
} from './driver/index.ts';
export {
  getV10Flavor as getFlavor,
  type ListV10FlavorsOptions as ListFlavorsOptions,
  listV10FlavorDetails as listFlavorDetails,
  listV10Flavors as listFlavors,
  type V10Flavor as Flavor,
  type V10FlavorRef as FlavorRef,
} from './flavors/index.ts';
export {
  type CreateV10ImageOptions as CreateImageOptions,
  createV10Image as createImage,
  deleteV10Image as deleteImage,
  getV10Image as getImage,
  type ListV10ImagesOptions as ListImagesOptions,
  listV10ImageDetails as listImageDetails,
  listV10Images as listImages,
  type V10Image as Image,
  type V10ImageRef as ImageRef,
} from './images/index.ts';
export {
  getV10Limits as getLimits,
  type V10Limits as Limits,
  type V10RateLimit as RateLimit,
} from './limits/index.ts';
export {
  confirmV10Resize as confirmResize,
  rebootV10Server as rebootServer,
  rebuildV10Server as rebuildServer,
  resizeV10Server as resizeServer,
  revertV10Resize as revertResize,
  V10RebootType as RebootType,
} from './server-actions/index.ts';
export {
  type CreateV10ServerOptions as CreateServerOptions,
  createV10Server as createServer,
  deleteV10Server as deleteServer,
  getV10Server as getServer,
  type ListV10ServersOptions as ListServersOptions,
  listV10ServerDetails as listServerDetails,
  listV10Servers as listServers,
  type UpdateV10ServerOptions as UpdateServerOptions,
  updateV10Server as updateServer,
  type V10PersonalityFile as PersonalityFile,
  type V10Server as Server,
  type V10ServerRef as ServerRef,
} from './servers/index.ts';
export {
  type CreateV10SharedIpGroupOptions as CreateSharedIpGroupOptions,
  createV10SharedIpGroup as createSharedIpGroup,
  deleteV10SharedIpGroup as deleteSharedIpGroup,
  getV10SharedIpGroup as getSharedIpGroup,
  type ListV10SharedIpGroupsOptions as ListSharedIpGroupsOptions,
  type ListV10SharedIpGroupsRequest as ListSharedIpGroupsRequest,
  listV10SharedIpGroups as listSharedIpGroups,
  type ShareV10IpOptions as ShareIpOptions,
  shareV10Ip as shareIp,
  unshareV10Ip as unshareIp,
  type V10SharedIpGroup as SharedIpGroup,
} from './shared-ip-groups/index.ts';
export {
  createV10ComputeClient as createComputeClient,
  type V10ComputeClientOptions as ComputeClientOptions,
  type V10Fault as Fault,
  V10Format as Format,
  type V10ListOptions as ListOptions,
} from './wire/index.ts';
