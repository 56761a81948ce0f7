import type { Stack, StackResource, StackTemplateInput } from '../models/stack.ts';

/**
 * The template language of a stack service: Heat's HOT (`heat`) or CloudFormation's (`cloudformation`).
 * Templates do not travel between them.
 */
export type StackTemplateFormat = 'heat' | 'cloudformation';

/** The provider's stack service (`driver.stacks` with {@link Capability.STACKS}). */
export interface StackService {
  /** The template language `createStack` and `updateStack` take. */
  readonly templateFormat: StackTemplateFormat;
  /** @param signal - Aborts the walk. @returns Every stack, lazily. */
  listStacks(signal?: AbortSignal): AsyncIterable<Stack>;
  /**
   * @param nameOrId - The stack name or id.
   * @param signal - Aborts.
   * @returns The stack with its outputs, or `undefined` when there is none (or it is deleted).
   */
  getStack(nameOrId: string, signal?: AbortSignal): Promise<Stack | undefined>;
  /** @param input - Name, template, parameters. @param signal - Aborts. @returns The new stack's id. */
  createStack(input: StackTemplateInput, signal?: AbortSignal): Promise<{ readonly id: string }>;
  /** @param id - The stack id. @param input - The new template. @param signal - Aborts. @returns Once accepted. */
  updateStack(id: string, input: StackTemplateInput, signal?: AbortSignal): Promise<void>;
  /** @param id - The stack id. @param signal - Aborts. @returns Once the provider accepted the deletion. */
  deleteStack(id: string, signal?: AbortSignal): Promise<void>;
  /** @param id - The stack id. @param signal - Aborts. @returns The stack's resources. */
  listStackResources(id: string, signal?: AbortSignal): Promise<readonly StackResource[]>;
  /**
   * Marks one resource unhealthy so that the next update replaces it (where the provider can; reconcile of a
   * resource deleted behind the stack's back relies on it).
   * @param id - The stack id.
   * @param logicalName - The resource's name in the template.
   * @param reason - Why, kept by the provider.
   * @param signal - Aborts.
   * @returns Once accepted.
   */
  markResourceUnhealthy?(
    id: string,
    logicalName: string,
    reason: string,
    signal?: AbortSignal,
  ): Promise<void>;
  /**
   * @param id - The stack id. @param signal - Aborts.
   * @returns The template the stack was last created or updated with (where the provider keeps it).
   */
  getTemplate?(id: string, signal?: AbortSignal): Promise<Readonly<Record<string, unknown>>>;
}
