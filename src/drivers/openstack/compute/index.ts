// `stratus/openstack/compute`: the Nova operations (list/get/create/… per resource, lazy lists, waiters) and
// their option and model types. Request builders and parsers are in `stratus/openstack/wire`. Named re-exports only.

export {
  type AvailabilityZone,
  listAvailabilityZones,
} from './availability-zones/index.ts';
export {
  COMPUTE_MAX_MICROVERSION,
  COMPUTE_MIN_MICROVERSION,
  type ComputeClient,
  type ConnectComputeOptions,
  computeMicroversion,
  connectCompute,
  LEGACY_COMPUTE_VERSION,
  legacyCompute,
} from './client.ts';
export {
  type Flavor,
  getFlavor,
  getFlavorExtraSpecs,
  type ListFlavorsOptions,
  listFlavors,
} from './flavors/index.ts';
export {
  type AttachInterfaceOptions,
  attachServerInterface,
  detachServerInterface,
  listServerInterfaces,
  type ServerInterface,
} from './interfaces/index.ts';
export {
  type CreateKeypairOptions,
  createKeypair,
  deleteKeypair,
  getKeypair,
  type Keypair,
  type ListKeypairsOptions,
  listKeypairs,
} from './keypairs/index.ts';
export {
  type ComputeLimits,
  getLimits,
} from './limits/index.ts';
export {
  deleteServerMetadataItem,
  getServerMetadata,
  type ServerMetadata,
  setServerMetadata,
} from './metadata/index.ts';
export {
  nonEmptyId,
  segment,
} from './path-segment.ts';
export {
  getDefaultQuotaSet,
  getQuotaSet,
  type QuotaSet,
  updateQuotaSet,
} from './quota-sets/index.ts';
export {
  changeServerPassword,
  createServerImage,
  getConsoleOutput,
  getRemoteConsole,
  lockServer,
  type RebuildServerOptions,
  type RemoteConsole,
  type RemoteConsoleOptions,
  type RescueServerOptions,
  rebootServer,
  rebuildServer,
  rescueServer,
  resizeServer,
  runServerAction,
  SimpleServerAction,
} from './server-actions/index.ts';
export {
  type CreateServerGroupOptions,
  createServerGroup,
  deleteServerGroup,
  getServerGroup,
  listServerGroups,
  type ServerGroup,
} from './server-groups/index.ts';
export {
  type BlockDeviceMapping,
  type CreatedServer,
  type CreateServerOptions,
  createServer,
  deleteServer,
  findServer,
  getServer,
  type ListServersOptions,
  listServers,
  listServersAs,
  type Server,
  type ServerAddress,
  type ServerFault,
  type ServerFlavor,
  type ServerNetwork,
  type UpdateServerOptions,
  updateServer,
  waitForServerStatus,
} from './servers/index.ts';
