/**
 * Which completion records are committed, decided from the raw log (read_uncommitted fetches): a record outside
 * a transaction counts at once; a transactional record counts when its producer's next control marker is a
 * COMMIT, and never when it is an ABORT. Kept here because the client's own read_committed filter keys aborted
 * transactions by producer id only, so when one fetch holds two aborted transactions of the same producer (two
 * replicas fencing each other for one requestId share its transactional id, hence its producer id) the first
 * aborted record slips through as committed — which would make every claimant skip and lose the completion.
 */
import type { RecordsBatch } from '@platformatic/kafka';

const IS_TRANSACTIONAL = 1 << 4;
const IS_CONTROL = 1 << 5;
const COMMIT = 1;

function requestIdOf(value: Buffer | null): string | undefined {
  if (value === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(value.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const id = (parsed as { requestId?: unknown }).requestId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The committed request ids of one topic and how far each partition has been read. */
export class CommittedRecords {
  /** Request ids with a committed (or non-transactional) completion. */
  readonly seen = new Set<string>();
  /** How many committed completion records each request id has on the log. */
  readonly counts = new Map<string, number>();
  /** partition → next offset to fetch. */
  readonly next = new Map<number, bigint>();
  /** `partition:producerId` → request ids of its open transaction. */
  readonly #open = new Map<string, string[]>();

  /**
   * Takes the batches of one fetch of one partition, in log order.
   *
   * @param partition - The partition.
   * @param batches - The record batches (data and control).
   */
  apply(partition: number, batches: readonly RecordsBatch[]): void {
    for (const batch of batches) {
      const from = this.next.get(partition) ?? 0n;
      const last = batch.firstOffset + BigInt(batch.lastOffsetDelta);
      if (last < from) continue; // already read
      const key = `${partition}:${batch.producerId}`;
      if ((batch.attributes & IS_CONTROL) !== 0) {
        const type = batch.records[0]?.key?.readInt16BE(2);
        const ids = this.#open.get(key) ?? [];
        this.#open.delete(key);
        if (type === COMMIT) for (const id of ids) this.#count(id);
      } else {
        const ids = batch.records.flatMap((record) => {
          const id =
            batch.firstOffset + BigInt(record.offsetDelta) < from ? undefined : requestIdOf(record.value);
          return id === undefined ? [] : [id];
        });
        if ((batch.attributes & IS_TRANSACTIONAL) === 0) for (const id of ids) this.#count(id);
        else this.#open.set(key, [...(this.#open.get(key) ?? []), ...ids]);
      }
      this.next.set(partition, last + 1n);
    }
  }

  #count(id: string): void {
    this.seen.add(id);
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }
}
