import type { RecordsBatch } from '@platformatic/kafka';
import { describe, expect, it } from 'vitest';
import { CommittedRecords } from '../../src/messaging/kafka/committed-records.ts';

const TRANSACTIONAL = 1 << 4;
const CONTROL = 1 << 5;

function data(offset: bigint, producerId: bigint, requestId: string, transactional = true): RecordsBatch {
  const record = { length: 0, attributes: 0, timestampDelta: 0n, offsetDelta: 0, key: null, headers: [] };
  return {
    firstOffset: offset,
    length: 0,
    partitionLeaderEpoch: 0,
    magic: 2,
    crc: 0,
    attributes: transactional ? TRANSACTIONAL : 0,
    lastOffsetDelta: 0,
    firstTimestamp: 0n,
    maxTimestamp: 0n,
    producerId,
    producerEpoch: 0,
    firstSequence: 0,
    records: [{ ...record, value: Buffer.from(JSON.stringify({ requestId })) }],
  };
}

function marker(offset: bigint, producerId: bigint, commit: boolean): RecordsBatch {
  const key = Buffer.alloc(4);
  key.writeInt16BE(commit ? 1 : 0, 2);
  const record = {
    length: 0,
    attributes: 0,
    timestampDelta: 0n,
    offsetDelta: 0,
    key,
    value: null,
    headers: [],
  };
  return { ...data(offset, producerId, 'x'), attributes: TRANSACTIONAL | CONTROL, records: [record] };
}

describe('CommittedRecords', () => {
  it('two aborted transactions of one producer in one fetch (replicas fencing each other) count as nothing', () => {
    const log = new CommittedRecords();
    log.apply(0, [data(0n, 7n, 'r'), marker(1n, 7n, false), data(2n, 7n, 'r'), marker(3n, 7n, false)]);
    expect(log.seen.has('r')).toBe(false);
    expect(log.next.get(0)).toBe(4n);
    log.apply(0, [data(4n, 7n, 'r'), marker(5n, 7n, true)]);
    expect(log.seen.has('r')).toBe(true);
    expect(log.counts.get('r')).toBe(1);
  });

  it('an open transaction waits for its marker; records outside transactions count at once; re-fetches are skipped', () => {
    const log = new CommittedRecords();
    log.apply(0, [data(0n, 1n, 'open'), data(1n, 2n, 'plain', false)]);
    expect([log.seen.has('open'), log.seen.has('plain')]).toEqual([false, true]);
    log.apply(0, [data(0n, 1n, 'open'), marker(2n, 1n, true)]);
    expect(log.seen.has('open')).toBe(true);
    expect(log.next.get(0)).toBe(3n);
  });
});
