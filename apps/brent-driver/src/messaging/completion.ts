/**
 * The asynchronous completion Brent waits for (SPEC §2): one JSON record per request on
 * `lm_vnfc_lifecycle_execution_events`, no key, an optional `tenantId` record header.
 */

/** The failure codes of the Resource Driver API (`FailureCode` in resource-driver.yaml). */
export const FailureCode = {
  RESOURCE_ALREADY_EXISTS: 'RESOURCE_ALREADY_EXISTS',
  RESOURCE_NOT_FOUND: 'RESOURCE_NOT_FOUND',
  INFRASTRUCTURE_ERROR: 'INFRASTRUCTURE_ERROR',
  INSUFFICIENT_CAPACITY: 'INSUFFICIENT_CAPACITY',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

/** One of {@link FailureCode}. */
export type FailureCode = (typeof FailureCode)[keyof typeof FailureCode];

/** One associated-topology entry; `null` means "removed". */
export type TopologyEntry = { readonly id: string; readonly type: string } | null;

/** `LifecycleExecutionAsyncResponse` exactly as Ignition serialises it. */
export interface CompletionRecord {
  /** The request id returned in the 202. */
  readonly requestId: string;
  /** Final state (IN_PROGRESS is never sent). */
  readonly status: 'COMPLETE' | 'FAILED';
  /** Only on FAILED. */
  readonly failureDetails?: { readonly failureCode: FailureCode; readonly description: string };
  /** Outputs (always present, `{}` when none). */
  readonly outputs: Readonly<Record<string, unknown>>;
  /** Topology changes (always present, `{}` when none). */
  readonly associatedTopology: Readonly<Record<string, TopologyEntry>>;
  /** Always `1.0.0`. */
  readonly version: '1.0.0';
}

/** The record headers of a completion. */
export interface CompletionHeaders {
  /** The tenant the execute request named, echoed as the `tenantId` record header. */
  readonly tenantId?: string | undefined;
}

/** Sends completions where Brent listens. */
export interface CompletionPublisher {
  /**
   * Publishes one completion; resolves once the broker has it.
   *
   * @param record - The message.
   * @param headers - Record headers.
   */
  publish(record: CompletionRecord, headers: CompletionHeaders): Promise<void>;
  /**
   * Whether a completion of the request is known to be sent (by any replica, as far as this one has read).
   *
   * @param requestId - The request id.
   * @returns true when it is; false when not, or not known yet.
   */
  hasCompleted(requestId: string): boolean;
  /** Flushes and disconnects. */
  close(): Promise<void>;
}

/**
 * A successful completion.
 *
 * @param requestId - The request.
 * @param outputs - Stack outputs.
 * @returns The record.
 */
export function completed(
  requestId: string,
  outputs: Readonly<Record<string, unknown>> = {},
): CompletionRecord {
  return { requestId, status: 'COMPLETE', outputs, associatedTopology: {}, version: '1.0.0' };
}

/**
 * A failed completion.
 *
 * @param requestId - The request.
 * @param failureCode - The code.
 * @param description - What went wrong (Heat's reason when Heat gave one).
 * @param outputs - Outputs known despite the failure.
 * @returns The record.
 */
export function failed(
  requestId: string,
  failureCode: FailureCode,
  description: string,
  outputs: Readonly<Record<string, unknown>> = {},
): CompletionRecord {
  return {
    requestId,
    status: 'FAILED',
    failureDetails: { failureCode, description },
    outputs,
    associatedTopology: {},
    version: '1.0.0',
  };
}

/** A {@link CompletionPublisher} that keeps what it was given (tests, and a driver run without Kafka). */
export class MemoryCompletionPublisher implements CompletionPublisher {
  /** Every record published, with its headers, in order. */
  readonly published: { readonly record: CompletionRecord; readonly headers: CompletionHeaders }[] = [];

  /** {@inheritDoc CompletionPublisher.publish} */
  publish(record: CompletionRecord, headers: CompletionHeaders): Promise<void> {
    this.published.push({ record, headers });
    return Promise.resolve();
  }

  /** {@inheritDoc CompletionPublisher.hasCompleted} */
  hasCompleted(requestId: string): boolean {
    return this.published.some((p) => p.record.requestId === requestId);
  }

  /** {@inheritDoc CompletionPublisher.close} */
  close(): Promise<void> {
    return Promise.resolve();
  }
}
