/**
 * In-order offset commits for out-of-order work: jobs of one partition finish in any order (each waits for its
 * own `notBefore`), but a partition's committed offset may only move past a record once every record before it
 * is finished. A crash then re-reads only unfinished (or finished-but-uncommitted) records: nothing is lost.
 */

/** A consumed record that can commit "everything up to and including me". */
export interface Committable {
  readonly partition: number;
  readonly offset: bigint;
  commit(): void | Promise<void>;
}

/** Tracks the records of the partitions one consumer holds. */
export class PartitionCommits<R extends Committable> {
  readonly #inFlight = new Map<number, Map<bigint, R>>();
  readonly #finished = new Map<number, Map<bigint, R>>();
  readonly #committed = new Map<number, bigint>();

  /**
   * Registers a record before its work starts.
   *
   * @param record - The record.
   * @returns false when the record is already tracked (a re-delivery after a rebalance): skip it.
   */
  begin(record: R): boolean {
    const inFlight = this.#of(this.#inFlight, record.partition);
    const finished = this.#of(this.#finished, record.partition);
    if (inFlight.has(record.offset) || finished.has(record.offset)) return false;
    inFlight.set(record.offset, record);
    return true;
  }

  /**
   * Marks a record finished and returns the record to commit, if the partition's commit point moved.
   *
   * @param record - A record given to {@link PartitionCommits.begin}.
   * @returns The highest finished record below every unfinished one of its partition, or undefined.
   */
  finish(record: R): R | undefined {
    const inFlight = this.#of(this.#inFlight, record.partition);
    const finished = this.#of(this.#finished, record.partition);
    inFlight.delete(record.offset);
    finished.set(record.offset, record);
    let lowestOpen: bigint | undefined;
    for (const offset of inFlight.keys())
      if (lowestOpen === undefined || offset < lowestOpen) lowestOpen = offset;
    let commit: R | undefined;
    for (const [offset, done] of finished) {
      if (lowestOpen !== undefined && offset > lowestOpen) continue;
      if (commit === undefined || offset > commit.offset) commit = done;
    }
    if (commit === undefined) return undefined;
    for (const offset of [...finished.keys()]) if (offset < commit.offset) finished.delete(offset);
    const last = this.#committed.get(record.partition);
    if (last !== undefined && commit.offset <= last) return undefined; // the commit point did not move
    this.#committed.set(record.partition, commit.offset);
    return commit;
  }

  /** How many records are in flight over all partitions. */
  get size(): number {
    let n = 0;
    for (const records of this.#inFlight.values()) n += records.size;
    return n;
  }

  #of(map: Map<number, Map<bigint, R>>, partition: number): Map<bigint, R> {
    let records = map.get(partition);
    if (records === undefined) {
      records = new Map();
      map.set(partition, records);
    }
    return records;
  }
}
