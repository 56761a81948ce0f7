import type { DocumentKind, JsonValue } from './types.ts';

/**
 * What plan says apply would do to one resource.
 *
 * @example
 * ```ts
 * import { PlanAction } from 'stratus/facade';
 * console.log(PlanAction.REPLACE); // 'replace'
 * ```
 */
export const PlanAction = {
  /** Absent: it will be created. */
  CREATE: 'create',
  /** Present and as described: nothing to do. */
  KEEP: 'keep',
  /** Present, with parts missing (rules, interfaces, an attachment, an association): they will be added. */
  UPDATE: 'update',
  /** Present but failed (ERROR) and the document asks to reconcile: deleted and created again. */
  REPLACE: 'replace',
  /** Owned by the deployment but no longer in the document (or destroy): it will be deleted. */
  DELETE: 'delete',
  /** Adopted (`managed: false`): observed only. */
  OBSERVE: 'observe',
} as const;

/** One of the {@link PlanAction} values. */
export type PlanAction = (typeof PlanAction)[keyof typeof PlanAction];

/** What happened (or would happen) to one resource: Open4k's `{applied, error, object}` status. */
export interface ResourceReport {
  /** The logical name (for an orphan, the name from its ownership mark). */
  readonly name: string;
  /** The kind. */
  readonly kind: DocumentKind;
  /** The action planned or taken. */
  readonly action: PlanAction;
  /** Whether the object now exists as described (always `false` in a plan). */
  readonly applied: boolean;
  /** The provider's id, once known. */
  readonly id: string | undefined;
  /** What went wrong, or `undefined`. */
  readonly error: string | undefined;
  /** The changes an `update` makes. */
  readonly changes: readonly string[];
}

/** The result of plan, apply or destroy of a document. */
export interface DeploymentReport {
  /** The deployment id. */
  readonly deployment: string;
  /** The engine that ran: `direct` or `stack`. */
  readonly engine: 'direct' | 'stack';
  /** One entry per resource (and per orphan deleted). */
  readonly resources: readonly ResourceReport[];
  /** The document's outputs (apply only; `{}` for plan and destroy). */
  readonly outputs: Readonly<Record<string, JsonValue>>;
  /** `true` when every resource succeeded. */
  readonly ok: boolean;
}

/**
 * The message of an error, for a report.
 *
 * @param error - Anything thrown.
 * @returns A one-line description.
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
