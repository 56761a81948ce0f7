import type { DeploymentOperation } from '../engines/operation.ts';
import type { FailureCode } from '../failure/failure-code.ts';

/** An opaque operation handle: a string any process can pass to `status()`. It holds ids, never a secret. */
export type OperationHandle = string;

/** What every handle records, whatever the operation. */
export interface HandleBase {
  /** The handle format version. */
  readonly v: 1;
  /** The provider key of the driver that started it, e.g. `openstack`. */
  readonly provider: string;
  /** When it started (ms since the epoch). */
  readonly startedAt: number;
  /** When `status()` stops reporting IN_PROGRESS and reports a timeout failure (ms since the epoch). */
  readonly deadlineAt: number;
}

/** The CPI operations a handle can track, discriminated by `kind`. */
export type CpiHandleData =
  | {
      readonly kind: 'vm.create';
      readonly vmId: string;
      readonly name: string;
      readonly portIds: readonly string[];
    }
  | { readonly kind: 'vm.delete'; readonly vmId: string; readonly portIds: readonly string[] }
  | { readonly kind: 'disk.create'; readonly diskId: string; readonly name: string }
  | { readonly kind: 'disk.delete'; readonly diskId: string };

/** A started apply or destroy of a deployment document (the engines' operation). */
export interface DeploymentHandleData {
  /** The discriminator. */
  readonly kind: 'deployment';
  /** The apply/destroy operation: engine and the document's status form. */
  readonly operation: DeploymentOperation;
}

/**
 * Everything a handle carries. Add a member to this union (with its poller in `status.ts`) for a new
 * operation kind; the `kind` string is the discriminator.
 */
export type HandlePayload = HandleBase & (CpiHandleData | DeploymentHandleData);

/** One of the handle kinds. */
export type HandleKind = HandlePayload['kind'];

/** A flat map of outputs. */
export type Outputs = Readonly<Record<string, string>>;

/** What each named resource of an operation is now: its id and type, or `null` once removed. */
export type Topology = Readonly<Record<string, { readonly id: string; readonly type: string } | null>>;

/** The state of a long operation, polled with `status(handle)`. */
export type OperationStatus =
  | {
      readonly state: 'IN_PROGRESS';
      readonly outputs: Outputs;
      readonly topology: Topology;
    }
  | {
      readonly state: 'COMPLETE';
      readonly outputs: Outputs;
      readonly topology: Topology;
    }
  | {
      readonly state: 'FAILED';
      readonly failureCode: FailureCode;
      readonly description: string;
      readonly outputs: Outputs;
      readonly topology: Topology;
    };
