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
    const again = leases.lease(0, stopping.signal);
    expect(again).not.toBe(p0);
    expect(again.aborted).toBe(false);
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
    expect(heldPartitions(null, 'jobs').size).toBe(0);
  });
});
