import type { CreateNodeOptions } from './node.ts';

/** One network interface of a new node: a network, a port, or a network with a fixed address. */
export interface NodeNetworkAttachment {
  /** The network. */
  readonly networkId?: string | undefined;
  /** An existing port (instead of a network). */
  readonly portId?: string | undefined;
  /** A fixed address on the network. */
  readonly fixedIp?: string | undefined;
}

/** Portable node creation with networks, security groups, user data and metadata. */
export interface ProvisionNodeOptions extends CreateNodeOptions {
  /** The interfaces to create the node with. */
  readonly networks?: readonly NodeNetworkAttachment[] | undefined;
  /** Security group names. */
  readonly securityGroups?: readonly string[] | undefined;
  /** User data (cloud-init), plain text. */
  readonly userData?: string | undefined;
  /** Key/value metadata (ownership marks). */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
  /** Boot from a new volume of this size (GiB) made from the image, instead of the flavor's disk. */
  readonly bootVolumeGb?: number | undefined;
}

/** The kinds of resource that carry ownership marks. */
export type MarkableKind =
  | 'node'
  | 'volume'
  | 'image'
  | 'network'
  | 'subnet'
  | 'router'
  | 'port'
  | 'securityGroup'
  | 'floatingIp';
