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
export type {
  BlockVolume,
  CreateBlockVolumeOptions,
  CreateVolumeSnapshotOptions,
  VolumeAttachmentInfo,
  VolumeAttachmentResult,
  VolumeSnapshot,
} from './models/block-storage.ts';
export type { AllocateFloatingIpOptions, FloatingIp } from './models/floating-ip.ts';
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
export type {
  CreateNetworkOptions,
  CreatePortOptions,
  CreateRouterOptions,
  CreateSubnetOptions,
  ListPortsFilter,
  Network,
  Port,
  PortAddress,
  Router,
  Subnet,
} from './models/network.ts';
export type { MarkableKind, NodeNetworkAttachment, ProvisionNodeOptions } from './models/provision.ts';
export type {
  CreateSecurityGroupOptions,
  CreateSecurityGroupRuleOptions,
  SecurityGroup,
  SecurityGroupRule,
} from './models/security-group.ts';
export type { Stack, StackResource, StackTemplateInput } from './models/stack.ts';
export type { CreateStoredImageOptions, ImageDataSource, StoredImage } from './models/stored-image.ts';
export { NodeDriver } from './node-driver.ts';
export { NodeState, VolumeState } from './node-state.ts';
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
export type {
  BlockStorageCapability,
  BlockStorageService,
  FloatingIpService,
  FloatingIpsCapability,
  ImageUploadCapability,
  ImageUploadService,
  MarkService,
  MarksCapability,
  NetworkingCapability,
  NetworkingService,
  ProvisioningCapability,
  ProvisioningService,
  SecurityGroupService,
  SecurityGroupsCapability,
  StackService,
  StacksCapability,
  StackTemplateFormat,
} from './services/index.ts';
export {
  type PollSpec,
  type PollVerdict,
  pollUntil,
  type WaitOptions,
  type WaitProgress,
} from './waiters.ts';
