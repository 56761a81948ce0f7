/** A stack as the stack engine reads it. */
export interface StackState {
  /** The stack id. */
  readonly id: string;
  /** The stack name. */
  readonly name: string;
  /** e.g. `CREATE_COMPLETE`, `UPDATE_IN_PROGRESS`, `DELETE_FAILED`. */
  readonly status: string;
  /** The provider's reason for the status (the failure reason on `*_FAILED`). */
  readonly reason: string | undefined;
  /** The outputs by key (values `undefined` while building). */
  readonly outputs: Readonly<Record<string, unknown>>;
  /** The stack tags. */
  readonly tags: readonly string[];
  /** The template's description (it carries the template hash). */
  readonly description: string | undefined;
}

/** One resource of a stack. */
export interface StackResourceState {
  /** The name in the template. */
  readonly name: string;
  /** The resource type, e.g. `OS::Nova::Server`. */
  readonly type: string;
  /** The provider's id of the object ('' before it exists). */
  readonly physicalId: string;
  /** e.g. `CREATE_COMPLETE`, `CREATE_FAILED`. */
  readonly status: string;
  /** The provider's reason for the status. */
  readonly reason: string | undefined;
}

/**
 * What the stack engine needs from a provider's stack service (Heat), expressed portably. The facade wires it
 * to the driver's stacks capability.
 */
export interface StackService {
  /**
   * @param name - The stack name.
   * @param signal - Aborts the request.
   * @returns The stack with its outputs, or `undefined` when there is none (deleted stacks count as none).
   */
  findStack(name: string, signal?: AbortSignal): Promise<StackState | undefined>;
  /**
   * @param options - The name, template and tags.
   * @param signal - Aborts the request.
   * @returns Once the provider accepted it (it is still building).
   */
  createStack(
    options: { readonly name: string; readonly template: object; readonly tags: readonly string[] },
    signal?: AbortSignal,
  ): Promise<void>;
  /**
   * @param stack - The stack.
   * @param options - The new template.
   * @param signal - Aborts the request.
   * @returns Once the provider accepted it.
   */
  updateStack(stack: StackState, options: { readonly template: object }, signal?: AbortSignal): Promise<void>;
  /**
   * @param stack - The stack.
   * @param signal - Aborts the request.
   * @returns Once the provider accepted the deletion.
   */
  deleteStack(stack: StackState, signal?: AbortSignal): Promise<void>;
  /**
   * @param stack - The stack.
   * @param signal - Aborts the walk.
   * @returns Its resources.
   */
  listResources(stack: StackState, signal?: AbortSignal): Promise<readonly StackResourceState[]>;
  /**
   * Flags a resource so that the next update replaces it.
   * @param stack - The stack.
   * @param resource - The resource name in the template.
   * @param reason - Why.
   * @param signal - Aborts the request.
   * @returns Once flagged.
   */
  markUnhealthy(stack: StackState, resource: string, reason: string, signal?: AbortSignal): Promise<void>;
  /**
   * @param stack - The stack.
   * @param signal - Aborts the request.
   * @returns The template the stack was last created or updated with.
   */
  getTemplate(stack: StackState, signal?: AbortSignal): Promise<unknown>;
}
