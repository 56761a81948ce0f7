import type { WaitOptions } from '../../../../compute/waiters.ts';

/** Names a stack the way Heat addresses it: name and id. */
export interface StackRef {
  /** The stack name. */
  readonly name: string;
  /** The stack UUID. */
  readonly id: string;
}

/** One stack output. */
export interface StackOutput {
  /** The output's key. */
  readonly key: string;
  /** The value (any JSON); `undefined` while the stack is building. */
  readonly value: unknown;
  /** The description from the template. */
  readonly description: string | undefined;
  /** Why the output could not be resolved, when Heat says. */
  readonly error: string | undefined;
}

/** A Heat stack. */
export interface Stack extends StackRef {
  /** e.g. `CREATE_COMPLETE`, `DELETE_FAILED`. */
  readonly status: string;
  /** Heat's explanation of the status (the failure reason on `*_FAILED`). */
  readonly statusReason: string | undefined;
  /** The template's description. */
  readonly description: string | undefined;
  /** ISO 8601 creation time. */
  readonly createdAt: string | undefined;
  /** ISO 8601 update time. */
  readonly updatedAt: string | undefined;
  /** Outputs (only filled by `getStack`, not by lists). */
  readonly outputs: readonly StackOutput[];
  /** Parameters as Heat resolved them (including `OS::*` pseudo parameters). */
  readonly parameters: Readonly<Record<string, string>>;
  /** Tags. */
  readonly tags: readonly string[];
}

/** Filters and page size for {@link "drivers/openstack/orchestration"!listStacks}. */
export interface ListStacksOptions {
  /** Exact name. */
  readonly name?: string | undefined;
  /** Status filter, e.g. `CREATE_COMPLETE`. */
  readonly status?: string | undefined;
  /** Items per request. @defaultValue 100 */
  readonly pageSize?: number | undefined;
}

/** The template and inputs shared by create and update. */
export interface StackTemplateOptions {
  /** A HOT template as YAML/JSON text or as an object. */
  readonly template: string | Readonly<Record<string, unknown>>;
  /** Files the template references (`get_file`), by name. */
  readonly files?: Readonly<Record<string, string>> | undefined;
  /** Parameter values. */
  readonly parameters?: Readonly<Record<string, string | number | boolean>> | undefined;
  /** An environment as YAML/JSON text or an object. */
  readonly environment?: string | Readonly<Record<string, unknown>> | undefined;
  /** Fail the operation after this many minutes. */
  readonly timeoutMins?: number | undefined;
}

/** What {@link "drivers/openstack/orchestration"!createStack} sends. */
export interface CreateStackOptions extends StackTemplateOptions {
  /** The stack name (letters, digits, `_-.`; starts with a letter). */
  readonly name: string;
  /** Keep failed resources for inspection instead of rolling back. @defaultValue `true` (Heat's default) */
  readonly disableRollback?: boolean | undefined;
  /** Tags. */
  readonly tags?: readonly string[] | undefined;
}

/** Options of the stack waiters. */
export type StackWaitOptions = WaitOptions<Stack>;
