import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { heldPartitions, PartitionLeases } from '../../src/jobs/kafka/partition-leases.ts';

describe('Kafka partition leases (the signal a job handler gets)', () => {
  it('one signal per partition until it is revoked; a rebalance revokes only the partitions taken away', () => {
    const leases = new PartitionLeases();
    const stopping = new AbortController();
    const p0 = leases.lease(0, stopping.signal);
    const p1 = leases.lease(1, stopping.signal);
    expect(leases.lease(0, stopping.signal)).toBe(p0);
    const held = heldPartitions(
      [
        { topic: 'jobs', partitions: [1, 2] },
        { topic: 'other', partitions: [0] },
      ],
      'jobs',
    );
    expect(leases.keepOnly(held)).toEqual([0]);
    expect(p0.aborted).toBe(true);
    expect(p1.aborted).toBe(false);
    // a record of partition 0 fetched before the rebalance and delivered after it starts nothing
    expect(leases.lease(0, stopping.signal).aborted).toBe(true);
    expect(leases.lease(2, stopping.signal).aborted).toBe(false);
    leases.keepOnly(new Set([0, 1]));
    const again = leases.lease(0, stopping.signal);
    expect(again).not.toBe(p0);
    expect(again.aborted).toBe(false);
    expect(leases.lease(1, stopping.signal)).toBe(p1);
  });

  it('stopping the queue aborts every lease; leaving the group revokes them all', () => {
    const leases = new PartitionLeases();
    const stopping = new AbortController();
    const p3 = leases.lease(3, stopping.signal);
    stopping.abort();
    expect(p3.aborted).toBe(true);
    const fresh = new AbortController();
    const p4 = leases.lease(4, fresh.signal);
    leases.revokeAll();
    expect(p4.aborted).toBe(true);
    expect(leases.lease(4, fresh.signal).aborted).toBe(true); // until the next join
    leases.keepOnly(new Set([4]));
    expect(leases.lease(4, fresh.signal).aborted).toBe(false);
    expect(heldPartitions(null, 'jobs').size).toBe(0);
  });

  it('watch reads the assignments at once and revokes on a join that takes a partition away, or a leave', () => {
    const consumer = Object.assign(new EventEmitter(), {
      assignments: [{ topic: 'jobs', partitions: [0, 1] }] as
        | { topic: string; partitions: number[] }[]
        | null,
    });
    const leases = new PartitionLeases();
    const seen: [readonly number[], readonly number[]][] = [];
    leases.watch(consumer, 'jobs', (held, revoked) => seen.push([held, revoked]));
    const stopping = new AbortController().signal;
    const p0 = leases.lease(0, stopping);
    const p1 = leases.lease(1, stopping);
    expect(leases.lease(5, stopping).aborted).toBe(true);
    consumer.assignments = [{ topic: 'jobs', partitions: [1, 5] }];
    consumer.emit('consumer:group:join');
    expect([p0.aborted, p1.aborted]).toEqual([true, false]);
    expect(seen).toEqual([
      [[0, 1], []],
      [[1, 5], [0]],
    ]);
    consumer.emit('consumer:group:leave');
    expect(p1.aborted).toBe(true);
  });
});
