import type { FailureCode } from '../messaging/completion.ts';

/** A result known when the job was queued (e.g. Create of a name that exists, Delete of a gone stack). */
export type KnownResult =
  | { readonly status: 'COMPLETE' }
  | { readonly status: 'FAILED'; readonly failureCode: FailureCode; readonly description: string };

/** What Heat showed just before the driver asked for a delete (to tell a new DELETE_FAILED from an old one). */
export type StackSnapshot = { readonly status: string; readonly reason: string; readonly updatedAt: string };

/**
 * The monitoring job: everything a poll needs, so any replica can run it. The deployment location is sealed
 * (AES-256-GCM) because it holds credentials.
 */
export type MonitorJob = {
  /** The request id Brent correlates by. */
  readonly requestId: string;
  /** Which lifecycle's status table applies. */
  readonly lifecycle: 'Create' | 'Adopt' | 'Delete';
  /** The stack to poll (absent when `known` is set). */
  readonly stack?: { readonly name: string; readonly id: string };
  /** The sealed deployment location. */
  readonly location: string;
  /** The `tenantId` header of the execute request. */
  readonly tenantId?: string;
  /** The `x-tracectx-*` headers of the execute request. */
  readonly trace: { readonly [name: string]: string };
  /** Epoch ms after which the request fails as timed out. */
  readonly deadlineAt: number;
  /** Consecutive temporary errors so far. */
  readonly errors: number;
  /** Set when the result was known at execute time. */
  readonly known?: KnownResult;
  /** Delete only: the stack before the delete was sent. */
  readonly before?: StackSnapshot;
  /** Delete only: epoch ms when the delete was sent. */
  readonly sentAt?: number;
  /** Queued Create, until its stack exists: the sealed `QueuedCreate` to send. */
  readonly create?: string;
  /**
   * Queued Create: the tag on its stack. The 202 named no stack, so the completion carries the
   * `InfrastructureStack` topology, and a second stack of the tag (from a POST repeated by a crashed run) is removed.
   */
  readonly createTag?: string;
  /** No-Heat mode: what to run, or (a job queued before the upgrade) a handle to poll. */
  readonly facade?: FacadeJob;
};

/**
 * The no-Heat part of a job: the apply or destroy to run, with the document sealed (see `FacadeSource`); or,
 * from drivers before this format, the `stratus/facade` operation handle to poll (ids and names only).
 */
export type FacadeJob =
  | { readonly kind: 'apply' | 'destroy'; readonly document: string }
  | { readonly handle: string };
