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
}
