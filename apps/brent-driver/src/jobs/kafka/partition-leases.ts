/**
 * One abort signal per partition this consumer holds, handed to the handlers of its jobs: it aborts when the
 * partition is taken away (a rebalance gave it to another replica, the group was left, the consumer replaced)
 * or the queue stops. A handler that keeps work running between polls of a job (the no-Heat runs) stops it
 * then, so the new owner of the partition does not run the same job alongside.
 */

/** What {@link PartitionLeases.watch} needs of a Kafka consumer. */
export interface AssignmentSource {
  /** The current assignments (`null` before the first join). */
  readonly assignments: readonly { readonly topic: string; readonly partitions: readonly number[] }[] | null;
  /** Subscribes to the group events. */
  on(event: 'consumer:group:join' | 'consumer:group:leave', listener: () => void): unknown;
}

interface Lease {
  readonly controller: AbortController;
  readonly signal: AbortSignal;
}

/** The leases of one queue. */
export class PartitionLeases {
  readonly #leases = new Map<number, Lease>();
  /** The partitions held as of the last join (undefined before the first one). */
  #held: ReadonlySet<number> | undefined;

  /**
   * The lease of a partition (the same signal for every job of the partition until it is revoked). A record
   * of a partition this consumer no longer holds (fetched before a rebalance, delivered after it) gets an
   * aborted signal, so its handler starts nothing.
   *
   * @param partition - The partition.
   * @param stopping - The queue's stop signal (the lease aborts with it).
   * @returns The signal.
   */
  lease(partition: number, stopping: AbortSignal): AbortSignal {
    if (this.#held !== undefined && !this.#held.has(partition))
      return AbortSignal.abort(new Error(`partition ${partition} is not held by this consumer`));
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
    this.#held = new Set(held);
    const revoked = [...this.#leases.keys()].filter((p) => !held.has(p));
    for (const partition of revoked) this.#revoke(partition);
    return revoked;
  }

  /**
   * Follows a consumer's assignments: each group join revokes the leases of partitions taken away, leaving the
   * group revokes them all. Reads the current assignments at once (the first join happens before this call).
   *
   * @param consumer - The queue's consumer.
   * @param topic - The queue topic.
   * @param onAssigned - Told the partitions held after each join and those revoked.
   */
  watch(
    consumer: AssignmentSource,
    topic: string,
    onAssigned?: (partitions: readonly number[], revoked: readonly number[]) => void,
  ): void {
    const assigned = () => {
      const held = heldPartitions(consumer.assignments, topic);
      const revoked = this.keepOnly(held);
      onAssigned?.(
        [...held].sort((a, b) => a - b),
        revoked,
      );
    };
    consumer.on('consumer:group:join', assigned);
    consumer.on('consumer:group:leave', () => this.revokeAll());
    assigned();
  }

  /** Revokes every lease (the group was left, or the consumer is replaced or stopped) until the next join. */
  revokeAll(): void {
    this.#held = new Set();
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
