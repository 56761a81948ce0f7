import type { NodeState } from '../node-state.ts';

/**
 * A compute instance (a server, a VM) as plain readonly data.
 *
 * @remarks
 * Models carry no methods and no reference to the driver: call `driver.rebootNode(node)`, not `node.reboot()`.
 * Provider-specific fields live in `extra`, typed per driver.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface Node<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** The portable state. */
  readonly state: NodeState;
  /** Addresses reachable from outside the provider's private networks. */
  readonly publicIps: readonly string[];
  /** Addresses on private networks. */
  readonly privateIps: readonly string[];
  /** The size (flavor) id, when the provider reports one. */
  readonly sizeId: string | undefined;
  /** The image id; `undefined` for a node booted from a volume. */
  readonly imageId: string | undefined;
  /** When the node was created, when reported. */
  readonly createdAt: Date | undefined;
  /** Why the provider says the node failed, when `state` is `error` and the provider says why. */
  readonly failureReason: string | undefined;
  /**
   * The node's key/value metadata when the provider's answer carries it (Nova metadata); `undefined` when the
   * driver would need another request (`provisioning.getNodeMetadata` reads it then).
   */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** A node or its id: every method that acts on a node accepts either. */
export type NodeRef = Node<unknown> | string;

/**
 * Returns the id of a node reference.
 *
 * @param node - A node or its id.
 * @returns The id.
 * @example
 * ```ts
 * import { nodeId } from 'stratus';
 * nodeId('abc'); // 'abc'
 * ```
 */
export function nodeId(node: NodeRef): string {
  return typeof node === 'string' ? node : node.id;
}

/** The portable arguments of `createNode`; drivers extend them with their own fields. */
export interface CreateNodeOptions {
  /** The display name. */
  readonly name: string;
  /** The size (flavor) or its id. */
  readonly size: { readonly id: string } | string;
  /** The image or its id; drivers may allow omitting it when booting from a volume. */
  readonly image?: { readonly id: string } | string | undefined;
  /** Where to create the node (an availability zone for OpenStack), or its id. */
  readonly location?: { readonly id: string } | string | undefined;
  /** The name of a key pair to inject. */
  readonly keyName?: string | undefined;
}

/** Options of `listNodes` that every driver understands. */
export interface ListNodesOptions {
  /** Page size hint for providers that paginate; all pages are still walked. */
  readonly pageSize?: number | undefined;
}

/** Options of `rebootNode`. */
export interface RebootNodeOptions {
  /** Power-cycle instead of asking the guest OS to reboot. @defaultValue `false` */
  readonly hard?: boolean | undefined;
}
