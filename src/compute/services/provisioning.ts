import type { Node } from '../models/node.ts';
import type { MarkableKind, ProvisionNodeOptions } from '../models/provision.ts';

/**
 * Node creation with networks, security groups, user data and metadata, and the key/value metadata of nodes
 * (`driver.provisioning` with {@link Capability.PROVISIONING}).
 */
export interface ProvisioningService {
  /** @param options - Name, size, image, networks, groups, user data. @param signal - Aborts. @returns The new node. */
  provisionNode(options: ProvisionNodeOptions, signal?: AbortSignal): Promise<Node>;
  /** @param nodeId - The node. @param signal - Aborts. @returns Its metadata. */
  getNodeMetadata(nodeId: string, signal?: AbortSignal): Promise<Readonly<Record<string, string>>>;
  /**
   * Merges entries into a node's metadata (other keys are kept).
   * @param nodeId - The node.
   * @param entries - The keys to set.
   * @param signal - Aborts.
   * @returns Once set.
   */
  setNodeMetadata(
    nodeId: string,
    entries: Readonly<Record<string, string>>,
    signal?: AbortSignal,
  ): Promise<void>;
}

/**
 * Ownership marks: labels added to resources so a later run can recognise what it made
 * (`driver.marks` with {@link Capability.MARKS}). OpenStack uses Neutron tags, Nova and Cinder metadata and
 * Glance tags.
 */
export interface MarkService {
  /** @param kind - The resource kind. @param id - The id. @param signal - Aborts. @returns Its marks. */
  getMarks(kind: MarkableKind, id: string, signal?: AbortSignal): Promise<readonly string[]>;
  /**
   * Adds marks to a resource (existing marks are kept).
   * @param kind - The resource kind.
   * @param id - The id.
   * @param marks - Short labels without commas, e.g. `stratus:deployment=web`.
   * @param signal - Aborts.
   * @returns Once added.
   */
  addMarks(kind: MarkableKind, id: string, marks: readonly string[], signal?: AbortSignal): Promise<void>;
  /**
   * Lists the ids of the resources of a kind that carry every given mark (one filtered list where the
   * provider supports it).
   * @param kind - The resource kind.
   * @param marks - The marks to match, all of them.
   * @param signal - Aborts.
   * @returns The matching ids.
   */
  listMarked(kind: MarkableKind, marks: readonly string[], signal?: AbortSignal): Promise<readonly string[]>;
}
