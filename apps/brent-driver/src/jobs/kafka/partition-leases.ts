/**
 * One abort signal per partition this consumer holds, handed to the handlers of its jobs: it aborts when the
 * partition is taken away (a rebalance gave it to another replica, the group was left, the consumer replaced)
 * or the queue stops. A handler that keeps work running between polls of a job (the no-Heat runs) stops it
 * then, so the new owner of the partition does not run the same job alongside.
 */

interface Lease {
  readonly controller: AbortController;
  readonly signal: AbortSignal;
}

/** The leases of one queue. */
export class PartitionLeases {
  readonly #leases = new Map<number, Lease>();

  /**
   * The lease of a partition (the same signal for every job of the partition until it is revoked).
   *
   * @param partition - The partition.
   * @param stopping - The queue's stop signal (the lease aborts with it).
   * @returns The signal.
   */
  lease(partition: number, stopping: AbortSignal): AbortSignal {
    let lease = this.#leases.get(partition);
    if (lease === undefined || lease.signal.aborted) {
      const controller = new AbortController();
      lease = { controller, signal: AbortSignal.any([controller.signal, stopping]) };
      this.#leases.set(partition, lease);
    }
    return lease.signal;
  }

  /**
   * Revokes the leases of every partition not in `held`.
   *
   * @param held - The partitions the consumer holds now.
   * @returns The partitions revoked.
   */
  keepOnly(held: ReadonlySet<number>): number[] {
    const revoked = [...this.#leases.keys()].filter((p) => !held.has(p));
    for (const partition of revoked) this.#revoke(partition);
    return revoked;
  }

  /** Revokes every lease (the group was left, or the consumer is replaced or stopped). */
  revokeAll(): void {
    for (const partition of [...this.#leases.keys()]) this.#revoke(partition);
  }

  #revoke(partition: number): void {
    this.#leases.get(partition)?.controller.abort(new Error(`partition ${partition} was revoked`));
    this.#leases.delete(partition);
  }
}

/**
 * The partitions of `topic` a consumer holds, from its current assignments.
 *
 * @param assignments - The consumer's assignments (`null` before it joined).
 * @param topic - The queue topic.
 * @returns The partition numbers.
 */
export function heldPartitions(
  assignments: readonly { readonly topic: string; readonly partitions: readonly number[] }[] | null,
  topic: string,
): Set<number> {
  return new Set((assignments ?? []).filter((a) => a.topic === topic).flatMap((a) => a.partitions));
}
