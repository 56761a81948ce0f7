import type { Capability, HasCapabilities } from './capabilities.ts';
import type { NodeLocation } from './models/location.ts';
import {
  type CreateNodeOptions,
  type ListNodesOptions,
  type Node,
  type NodeRef,
  nodeId,
  type RebootNodeOptions,
} from './models/node.ts';
import type { NodeSize } from './models/size.ts';
import { NodeState } from './node-state.ts';
import { ResourceFailedError } from './resource-failed-error.ts';
import { type PollVerdict, pollUntil, type WaitOptions } from './waiters.ts';

const RUNNING_FAILURES: ReadonlySet<NodeState> = new Set([NodeState.ERROR, NodeState.TERMINATED]);

function runningVerdict(node: Node<unknown> | undefined): PollVerdict {
  if (node === undefined) return { kind: 'failed', state: 'DELETED', fault: 'the node disappeared' };
  if (node.state === NodeState.RUNNING) return { kind: 'done' };
  if (RUNNING_FAILURES.has(node.state))
    return { kind: 'failed', state: node.state, fault: node.failureReason };
  return { kind: 'continue' };
}

/**
 * The provider-neutral compute API, in Apache Libcloud's vocabulary (camelCase).
 *
 * @remarks
 * Every driver implements the core node methods below. Optional features (power management, key pairs,
 * images, volumes) are capability interfaces: test for them with {@link supports} instead of calling a method
 * that might throw. Lists are lazy async iterables (collect them with `Array.fromAsync`), getters resolve to
 * `undefined` for a missing resource, and every effectful method takes an optional `AbortSignal` last.
 *
 * @typeParam TNodeExtra - The driver's provider-specific node fields.
 * @typeParam TCreate - The driver's `createNode` options (the portable ones plus its own).
 *
 * @example
 * ```ts
 * import { type NodeDriver } from 'stratus';
 * declare const driver: NodeDriver;
 * for await (const node of driver.listNodes()) console.log(node.name, node.state, node.publicIps);
 * ```
 */
export abstract class NodeDriver<TNodeExtra = unknown, TCreate extends CreateNodeOptions = CreateNodeOptions>
  implements HasCapabilities
{
  /** The provider key this driver is registered under, e.g. `openstack`. */
  abstract readonly provider: string;
  /** The human name of the provider, e.g. `OpenStack`. */
  abstract readonly name: string;
  /** The driver's API version in the registry, e.g. `1.1`. */
  abstract readonly apiVersion: string;
  /** The optional features this driver offers. */
  abstract readonly capabilities: ReadonlySet<Capability>;

  /**
   * Lists every node, lazily, following the provider's pagination.
   * @param options - Page size hint.
   * @param signal - Aborts the walk.
   * @returns An async iterable of nodes.
   */
  abstract listNodes(options?: ListNodesOptions, signal?: AbortSignal): AsyncIterable<Node<TNodeExtra>>;

  /**
   * Fetches one node by id.
   * @param id - The node id.
   * @param signal - Aborts the request.
   * @returns The node, or `undefined` when the provider has no node with that id.
   */
  abstract getNode(id: string, signal?: AbortSignal): Promise<Node<TNodeExtra> | undefined>;

  /**
   * Creates a node. It is usually still pending: follow with {@link NodeDriver.waitUntilRunning}.
   * @param options - Name, size, image, location, key pair and driver-specific fields.
   * @param signal - Aborts the request.
   * @returns The new node.
   */
  abstract createNode(options: TCreate, signal?: AbortSignal): Promise<Node<TNodeExtra>>;

  /**
   * Deletes a node.
   * @param node - The node or its id.
   * @param signal - Aborts the request.
   * @returns Once the provider accepted the deletion.
   */
  abstract destroyNode(node: NodeRef, signal?: AbortSignal): Promise<void>;

  /**
   * Reboots a node.
   * @param node - The node or its id.
   * @param options - Soft (default) or hard.
   * @param signal - Aborts the request.
   * @returns Once the provider accepted the reboot.
   */
  abstract rebootNode(node: NodeRef, options?: RebootNodeOptions, signal?: AbortSignal): Promise<void>;

  /**
   * Lists the sizes (flavors) nodes can have.
   * @param signal - Aborts the walk.
   * @returns An async iterable of sizes.
   */
  abstract listSizes(signal?: AbortSignal): AsyncIterable<NodeSize<unknown>>;

  /**
   * Lists the places nodes can be created in.
   * @param signal - Aborts the walk.
   * @returns An async iterable of locations.
   */
  abstract listLocations(signal?: AbortSignal): AsyncIterable<NodeLocation<unknown>>;

  /**
   * Waits until every given node is running, polling each one by id (never a full list).
   *
   * @param nodes - The nodes or their ids.
   * @param options - Timeout, poll intervals and a progress callback.
   * @param signal - Aborts the wait.
   * @returns The running nodes, in the order given.
   * @throws {@link ResourceFailedError} when a node goes to `error` (with the provider's reason) or disappears.
   * @throws {@link TimeoutError} when `timeoutMs` passes first.
   */
  async waitUntilRunning(
    nodes: NodeRef | readonly NodeRef[],
    options: WaitOptions<Node<TNodeExtra>> = {},
    signal?: AbortSignal,
  ): Promise<Node<TNodeExtra>[]> {
    const ids = (typeof nodes === 'string' || !Array.isArray(nodes) ? [nodes] : nodes).map(nodeId);
    return Promise.all(ids.map((id) => this.#waitRunning(id, options, signal)));
  }

  /**
   * Waits until a node is gone, polling it by id.
   *
   * @param node - The node or its id.
   * @param options - Timeout, poll intervals and a progress callback.
   * @param signal - Aborts the wait.
   * @returns Once the provider no longer knows the node.
   * @throws {@link ResourceFailedError} when the node goes to `error` instead.
   * @throws {@link TimeoutError} when `timeoutMs` passes first.
   */
  async waitUntilDeleted(
    node: NodeRef,
    options: WaitOptions<Node<TNodeExtra>> = {},
    signal?: AbortSignal,
  ): Promise<void> {
    const id = nodeId(node);
    await pollUntil<Node<TNodeExtra>>(
      {
        description: `node ${id} to be deleted`,
        resourceId: id,
        fetch: (s) => this.getNode(id, s),
        check: (n) => {
          if (n === undefined) return { kind: 'done' };
          if (n.state === NodeState.ERROR) return { kind: 'failed', state: n.state, fault: n.failureReason };
          return { kind: 'continue' };
        },
        status: (n) => n?.state ?? 'deleted',
      },
      options,
      signal,
    );
  }

  async #waitRunning(
    id: string,
    options: WaitOptions<Node<TNodeExtra>>,
    signal?: AbortSignal,
  ): Promise<Node<TNodeExtra>> {
    const node = await pollUntil<Node<TNodeExtra>>(
      {
        description: `node ${id} to be running`,
        resourceId: id,
        fetch: (s) => this.getNode(id, s),
        check: runningVerdict,
        status: (n) => n?.state ?? 'deleted',
      },
      options,
      signal,
    );
    if (node === undefined) {
      throw new ResourceFailedError(`node ${id} disappeared while waiting for it to be running`, {
        resourceId: id,
        state: 'DELETED',
      });
    }
    return node;
  }
}
