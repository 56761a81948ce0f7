import type { WaitControl } from '../types.ts';

/** One network of a new VM: a network by name or id, optionally with a static address. */
export interface VmNetwork {
  /** The network name or id. */
  readonly network: string;
  /** A static address (a port is made for it, and removed with the VM). */
  readonly ip?: string | undefined;
}

/** The arguments of `createVm` (BOSH `create_vm`). */
export interface CreateVmOptions extends WaitControl {
  /** The VM name. */
  readonly name: string;
  /** The stemcell (image) name or id. */
  readonly stemcell: string;
  /** The instance type (size/flavor) name or id. */
  readonly instanceType: string;
  /** Networks, in order. */
  readonly networks?: readonly VmNetwork[] | undefined;
  /** Security group names. */
  readonly securityGroups?: readonly string[] | undefined;
  /** The key pair name. */
  readonly keyName?: string | undefined;
  /** The availability zone. */
  readonly availabilityZone?: string | undefined;
  /** User data (agent settings), plain text. */
  readonly userData?: string | undefined;
  /** Metadata set at creation. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
  /** Boot from a new volume of this many GiB. */
  readonly rootDiskGb?: number | undefined;
  /**
   * Adopt instead of duplicating: a VM of this name that already exists is returned as the created one, and a
   * create whose answer was lost adopts the VM it made. Without it, such a VM is removed and the error says a
   * retry is safe. Use it for retries, with names that are unique (BOSH agent ids are). @defaultValue false
   */
  readonly reconcile?: boolean | undefined;
}

/** What `createVm` made. */
export interface CreatedVm {
  /** The VM (node) id: the BOSH VM CID. */
  readonly vmId: string;
  /** Ports made for static addresses. */
  readonly portIds: readonly string[];
}
