/**
 * An orchestration stack (a Heat stack, a CloudFormation stack) as plain readonly data.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface Stack<TExtra = unknown> {
  /** The provider's identifier. */
  readonly id: string;
  /** The stack name. */
  readonly name: string;
  /** The provider's status, e.g. `CREATE_COMPLETE`, `DELETE_FAILED`. */
  readonly status: string;
  /** Why the provider is in that status. */
  readonly statusReason: string | undefined;
  /** The stack outputs by key (present once the stack is complete). */
  readonly outputs: Readonly<Record<string, unknown>>;
  /** Tags. */
  readonly tags: readonly string[];
  /** Provider-specific fields. */
  readonly extra: TExtra;
}

/** One resource of a stack. */
export interface StackResource {
  /** The name in the template. */
  readonly logicalName: string;
  /** The id of the real resource, once made. */
  readonly physicalId: string | undefined;
  /** The template type, e.g. `OS::Nova::Server`. */
  readonly type: string;
  /** The provider's status, e.g. `CREATE_COMPLETE`. */
  readonly status: string;
  /** Why, when it failed. */
  readonly statusReason: string | undefined;
}

/** The portable arguments of `createStack` / `updateStack`. */
export interface StackTemplateInput {
  /** The stack name (ignored by `updateStack`). */
  readonly name: string;
  /** The template, as text or an object. */
  readonly template: string | Readonly<Record<string, unknown>>;
  /** Template parameters. */
  readonly parameters?: Readonly<Record<string, string | number | boolean>> | undefined;
  /** Tags. */
  readonly tags?: readonly string[] | undefined;
  /** Keep what was made when the stack fails (no rollback). @defaultValue `true` */
  readonly disableRollback?: boolean | undefined;
}
