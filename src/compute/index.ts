export {
  Capability,
  type CapabilityInterfaces,
  type HasCapabilities,
  type ImageManagement,
  type KeyPairManagement,
  type NodeImageCreation,
  type NodePowerManagement,
  supports,
  type VolumeManagement,
} from './capabilities.ts';
export { readPublicKeyFile, validatePublicKey } from './key-file.ts';
export {
  type AttachVolumeOptions,
  type CreateImageOptions,
  type CreateNodeOptions,
  type CreateVolumeOptions,
  type KeyPair,
  type ListNodesOptions,
  type Node,
  type NodeImage,
  type NodeLocation,
  type NodeRef,
  type NodeSize,
  nodeId,
  type RebootNodeOptions,
  type StorageVolume,
  type VolumeRef,
} from './models/index.ts';
export { NodeDriver } from './node-driver.ts';
export { NodeState, VolumeState } from './node-state.ts';
export type {
  ImageObject,
  PortableExtras,
  SnapshotObject,
  UploadImageOptions,
} from './portable/extras.ts';
export type {
  Collection,
  FloatingIpObject,
  KeyPairObject,
  NetworkPortObject,
  PortableResources,
  PortHealth,
  PortObject,
  RouterObject,
  SecurityGroupObject,
  ServerObject,
  SubnetObject,
  VolumeObject,
} from './portable/resources.ts';
export type { SecurityRule } from './portable/security-rule.ts';
export type { StackResourceState, StackService, StackState } from './portable/stacks.ts';
export {
  type ApiVersionOf,
  type DriverClass,
  type DriverClasses,
  type DriverKey,
  type DriverLoader,
  type GetDriverOptions,
  getDriver,
  listDrivers,
  Provider,
  type RegisterDriverOptions,
  registerDriver,
} from './registry.ts';
export { ResourceFailedError, type ResourceFailedErrorOptions } from './resource-failed-error.ts';
export {
  type PollSpec,
  type PollVerdict,
  pollUntil,
  type WaitOptions,
  type WaitProgress,
} from './waiters.ts';
