/**
 * The local Kafka (scripts/local-kafka) against a real client: a 3-partition topic, 1,000 keyed messages
 * consumed exactly once in a consumer group with manual commits, then a broker SIGKILL + restart on the same
 * data after which the group resumes from its committed offsets (nothing lost, nothing re-delivered).
 * Runs on a private broker so that killing it disturbs no other suite.
 */
import { execFileSync } from 'node:child_process';
import {
  Admin,
  Consumer,
  type Message,
  type MessagesStream,
  MessagesStreamModes,
  ProduceAcks,
  Producer,
  stringDeserializers,
  stringSerializers,
} from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrivateKafka, startPrivateKafka } from './helpers/local-kafka.ts';

type StringMessage = Message<string, string, string, string>;
type StringStream = MessagesStream<string, string, string, string>;

const suffix = Math.random().toString(36).slice(2, 8);
const topic = `t-kafka-${suffix}-smoke`;
const groupId = `t-kafka-${suffix}-group`;

/** Reads the stream, handing each message to `onMessage`, until it returns true or `idleMs` pass without one. */
async function drain(
  stream: StringStream,
  onMessage: (message: StringMessage) => Promise<boolean>,
  idleMs: number,
): Promise<void> {
  const iterator = stream[Symbol.asyncIterator]();
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const idle = new Promise<'idle'>((done) => {
      timer = setTimeout(() => done('idle'), idleMs);
    });
    const next = await Promise.race([iterator.next(), idle]);
    clearTimeout(timer);
    if (next === 'idle' || next.done === true) return;
    if (await onMessage(next.value)) return;
  }
}

function sendBatch(producer: Producer<string, string, string, string>, from: number, count: number) {
  const messages = Array.from({ length: count }, (_, i) => ({
    topic,
    key: `key-${from + i}`,
    value: `${from + i}`,
  }));
  return producer.send({ messages, acks: ProduceAcks.ALL });
}

describe('local Kafka: consumer group, manual commits, broker SIGKILL', () => {
  let kafka: PrivateKafka;
  let admin: Admin;
  let producer: Producer<string, string, string, string>;
  const consumers: Consumer<string, string, string, string>[] = [];

  const newConsumer = async (): Promise<StringStream> => {
    const consumer = new Consumer({
      clientId: `${groupId}-${consumers.length}`,
      groupId,
      bootstrapBrokers: [kafka.bootstrap],
      deserializers: stringDeserializers,
      sessionTimeout: 10_000,
      timeout: 30_000,
      heartbeatInterval: 1_000,
      retries: 20,
      retryDelay: 500,
    });
    consumers.push(consumer);
    return await consumer.consume({
      topics: [topic],
      autocommit: false,
      mode: MessagesStreamModes.COMMITTED,
      fallbackMode: 'earliest',
      maxWaitTime: 500,
    });
  };

  beforeAll(async () => {
    kafka = await startPrivateKafka();
    admin = new Admin({ clientId: `${groupId}-admin`, bootstrapBrokers: [kafka.bootstrap] });
    producer = new Producer({
      clientId: `${groupId}-producer`,
      bootstrapBrokers: [kafka.bootstrap],
      serializers: stringSerializers,
      // idempotent: a produce retried after a timeout (the client's default is 5 s; a loaded 2-core machine
      // exceeds it) is de-duplicated by the broker instead of being written twice
      idempotent: true,
      timeout: 30_000,
      retries: 20,
      retryDelay: 500,
    });
  });

  afterAll(async () => {
    for (const consumer of consumers) await consumer.close(true);
    await producer?.close(true);
    await admin?.close();
    await kafka?.stop();
  });

  const firstPass = new Map<string, { partition: number; offset: bigint }>();

  it('creates a 3-partition topic and produces 1,000 keyed messages', async () => {
    await admin.createTopics({ topics: [topic], partitions: 3, replicas: 1 });
    const metadata = await admin.metadata({ topics: [topic] });
    expect(metadata.topics.get(topic)?.partitionsCount).toBe(3);
    await sendBatch(producer, 0, 1000);
    const ends = await consumersOffsets();
    expect(ends.reduce((a, b) => a + b, 0n)).toBe(1000n);
    expect(ends.filter((end) => end > 0n)).toHaveLength(3); // keys spread over all partitions
  });

  async function consumersOffsets(): Promise<bigint[]> {
    const probe = new Consumer({
      clientId: `${groupId}-probe`,
      groupId: `${groupId}-probe`,
      bootstrapBrokers: [kafka.bootstrap],
    });
    try {
      return (await probe.listOffsets({ topics: [topic] })).get(topic) ?? [];
    } finally {
      await probe.close();
    }
  }

  it('consumes 600 of them in the group, committing each after it is handled, each exactly once', async () => {
    const stream = await newConsumer();
    let duplicates = 0;
    await drain(
      stream,
      async (message) => {
        if (firstPass.has(message.key)) duplicates += 1;
        firstPass.set(message.key, { partition: message.partition, offset: message.offset });
        await message.commit();
        return firstPass.size === 600;
      },
      20_000,
    );
    await stream.close();
    await consumers[0]?.close();
    expect(duplicates).toBe(0);
    expect(firstPass.size).toBe(600);
  });

  it('after a broker SIGKILL + restart, the group resumes at its commits: nothing lost or re-delivered', async () => {
    const before = performance.now();
    await kafka.restart();
    const restartMs = performance.now() - before;
    await sendBatch(producer, 1000, 100); // the restarted broker takes writes again
    const stream = await newConsumer();
    const secondPass = new Map<string, number>();
    await drain(
      stream,
      async (message) => {
        secondPass.set(message.key, (secondPass.get(message.key) ?? 0) + 1);
        await message.commit();
        return false; // read on until idle, so that a late re-delivery would still be seen
      },
      5_000,
    );
    const redelivered = [...secondPass.keys()].filter((key) => firstPass.has(key));
    const twice = [...secondPass.values()].filter((count) => count > 1);
    const all = new Set([...firstPass.keys(), ...secondPass.keys()]);
    console.log(
      `smoke: restart ${restartMs.toFixed(0)} ms, second pass ${secondPass.size}, broker RSS ${await kafka.rssMiB()} MiB`,
    );
    expect(redelivered).toEqual([]);
    expect(twice).toEqual([]);
    expect(secondPass.size).toBe(500);
    expect(all.size).toBe(1100);
  });

  it('leaves no broker process after down', async () => {
    const ours = () =>
      execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes(kafka.stateDir));
    expect(ours()).toHaveLength(1); // the broker runs before
    await kafka.stop();
    expect(ours()).toEqual([]);
  });
});
