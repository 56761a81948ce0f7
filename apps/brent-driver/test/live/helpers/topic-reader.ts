/** Reads whole topics back for assertions: every record, from the earliest offset, until the topic is quiet. */
import { randomUUID } from 'node:crypto';
import {
  Consumer,
  FetchIsolationLevels,
  type Message,
  MessagesStreamModes,
  ProduceAcks,
  Producer,
} from '@platformatic/kafka';
import { CompletionLedger } from '../../../src/messaging/kafka/completion-ledger.ts';

/** A record as read back. */
export type RawRecord = Message<Buffer, Buffer, Buffer, Buffer>;

/**
 * Reads every record of `topic`.
 *
 * @param bootstrap - `host:port`.
 * @param topic - The topic.
 * @param quietMs - Stop after this long without a record.
 * @param uncommitted - Read as read_uncommitted (aborted transactions' records too), not read_committed.
 * @returns The records in read order.
 */
export async function readTopic(
  bootstrap: string,
  topic: string,
  quietMs = 2_000,
  uncommitted = false,
): Promise<RawRecord[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readTopicOnce(bootstrap, topic, quietMs, uncommitted);
    } catch (error) {
      // right after a broker restart the group coordinator may still be loading: try again
      if (attempt === 10) throw error;
      await new Promise((done) => setTimeout(done, 1_000));
    }
  }
}

async function readTopicOnce(
  bootstrap: string,
  topic: string,
  quietMs: number,
  uncommitted: boolean,
): Promise<RawRecord[]> {
  const id = `t-kafka-reader-${randomUUID().slice(0, 8)}`;
  const consumer = new Consumer({
    clientId: id,
    groupId: id,
    bootstrapBrokers: [bootstrap],
    timeout: 30_000,
    isolationLevel: uncommitted ? FetchIsolationLevels.READ_UNCOMMITTED : FetchIsolationLevels.READ_COMMITTED,
  });
  const records: RawRecord[] = [];
  try {
    const stream = await consumer.consume({
      topics: [topic],
      autocommit: false,
      mode: MessagesStreamModes.EARLIEST,
      maxWaitTime: 200,
    });
    const iterator = stream[Symbol.asyncIterator]();
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const quiet = new Promise<'quiet'>((done) => {
        timer = setTimeout(() => done('quiet'), quietMs);
      });
      const next = await Promise.race([iterator.next(), quiet]);
      clearTimeout(timer);
      if (next === 'quiet' || next.done === true) break;
      records.push(next.value);
    }
    await stream.close();
  } finally {
    await consumer.close(true);
  }
  return records;
}

/**
 * Counts completions per requestId.
 *
 * @param records - Records of the completion topic.
 * @returns requestId → number of completions.
 */
export function completionCounts(records: readonly RawRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const parsed = JSON.parse(record.value.toString('utf8')) as { requestId: string };
    counts.set(parsed.requestId, (counts.get(parsed.requestId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Waits until the completion topic holds a completion for every id, reading it every 2 s.
 *
 * @param bootstrap - `host:port`.
 * @param topic - The completion topic.
 * @param ids - The request ids expected.
 * @param timeoutMs - Give up after this long (the caller's assertions then show what is missing).
 * @returns The final counts.
 */
export async function awaitCompletions(
  bootstrap: string,
  topic: string,
  ids: readonly string[],
  timeoutMs: number,
): Promise<Map<string, number>> {
  // committed records counted from the raw log (the client's read_committed filter can let an aborted one through)
  const ledger = await CompletionLedger.open({
    bootstrapBrokers: [bootstrap],
    topic,
    windowMs: 7 * 24 * 3600 * 1000,
  });
  try {
    const until = Date.now() + timeoutMs;
    for (;;) {
      await ledger.catchUp().catch(() => undefined);
      if (ids.every((id) => ledger.has(id)) || Date.now() > until) {
        await new Promise((done) => setTimeout(done, 1_500)); // a duplicate committed just after the last one
        await ledger.catchUp().catch(() => undefined);
        return new Map(ledger.committedCounts());
      }
      await new Promise((done) => setTimeout(done, 1_000));
    }
  } finally {
    await ledger.close();
  }
}

/**
 * Writes one record (the topic is auto-created).
 *
 * @param bootstrap - `host:port`.
 * @param topic - The topic.
 * @param value - The UTF-8 value.
 */
export async function writeRecord(bootstrap: string, topic: string, value: string): Promise<void> {
  const producer = new Producer({
    clientId: 't-kafka-writer',
    bootstrapBrokers: [bootstrap],
    autocreateTopics: true,
  });
  try {
    await producer.send({ messages: [{ topic, value: Buffer.from(value, 'utf8') }], acks: ProduceAcks.ALL });
  } finally {
    await producer.close();
  }
}
