export type { CreateImageOptions, NodeImage } from './image.ts';
export type { KeyPair } from './key-pair.ts';
export type { NodeLocation } from './location.ts';
export {
  type CreateNodeOptions,
  type ListNodesOptions,
  type Node,
  type NodeRef,
  nodeId,
  type RebootNodeOptions,
} from './node.ts';
export type { NodeSize } from './size.ts';
export type { AttachVolumeOptions, CreateVolumeOptions, StorageVolume, VolumeRef } from './volume.ts';
