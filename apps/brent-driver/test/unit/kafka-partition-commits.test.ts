import { describe, expect, it } from 'vitest';
import { decodeJob, encodeJob } from '../../src/jobs/kafka/job-record.ts';
import { PartitionCommits } from '../../src/jobs/kafka/partition-commits.ts';

function record(partition: number, offset: number) {
  return { partition, offset: BigInt(offset), commit: () => undefined };
}

describe('PartitionCommits: in-order commits for out-of-order work', () => {
  it('commits nothing past a record still in flight, then everything finished once it finishes', () => {
    const commits = new PartitionCommits<ReturnType<typeof record>>();
    const [a, b, c] = [record(0, 10), record(0, 11), record(0, 12)];
    for (const r of [a, b, c]) expect(commits.begin(r)).toBe(true);
    expect(commits.finish(c)).toBeUndefined(); // 10 and 11 still open
    expect(commits.finish(b)).toBeUndefined();
    expect(commits.finish(a)).toBe(c); // 10..12 all done: commit through 12
    expect(commits.size).toBe(0);
  });

  it('moves the commit point up to the lowest record still in flight', () => {
    const commits = new PartitionCommits<ReturnType<typeof record>>();
    const [a, b, c] = [record(1, 0), record(1, 1), record(1, 2)];
    for (const r of [a, b, c]) commits.begin(r);
    expect(commits.finish(a)).toBe(a);
    expect(commits.finish(c)).toBeUndefined();
    expect(commits.finish(b)).toBe(c);
  });

  it('keeps partitions apart and refuses a record delivered twice', () => {
    const commits = new PartitionCommits<ReturnType<typeof record>>();
    const open = record(0, 5);
    const other = record(1, 7);
    commits.begin(open);
    commits.begin(other);
    expect(commits.begin(record(0, 5))).toBe(false);
    expect(commits.finish(other)).toBe(other); // partition 0 being open does not hold partition 1 back
    expect(commits.size).toBe(1);
  });
});

describe('job records', () => {
  it('round-trips a job and rejects what is not one', () => {
    const job = {
      id: 'req-1',
      payload: { requestId: 'req-1', polls: 2 },
      attempt: 3,
      notBefore: 1_700_000_000_000,
    };
    expect(decodeJob(encodeJob(job))).toEqual(job);
    expect(decodeJob(Buffer.from('not json'))).toBeUndefined();
    expect(decodeJob(Buffer.from(JSON.stringify({ ...job, version: 2 })))).toBeUndefined();
    expect(decodeJob(Buffer.from(JSON.stringify({ version: 1, id: 'x', attempt: 1 })))).toBeUndefined();
    expect(decodeJob(undefined)).toBeUndefined();
  });
});
