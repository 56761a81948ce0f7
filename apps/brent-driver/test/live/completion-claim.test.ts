/**
 * The per-requestId claim against the shared local broker: two publishers (two replicas' worth: two ledgers, two
 * producers per request) publish the same 40 completions at the same moment, the hand-over race that used to
 * slip past the ledger. Exactly one committed completion per requestId; aborted copies (a producer fenced mid-
 * transaction leaves one on the log, invisible to read_committed consumers) are counted, reported and scanned.
 * And `open()` against a broker that is not there ends at its deadline with a typed error, or at once when aborted.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completed } from '../../src/messaging/completion.ts';
import { KafkaCompletionPublisher } from '../../src/messaging/completion-publisher.ts';
import { KafkaUnavailableError } from '../../src/messaging/kafka-unavailable-error.ts';
import { sharedKafkaBootstrap } from './helpers/local-kafka.ts';
import { cloudsYamlPasswords, scanTopics } from './helpers/secret-scan.ts';
import { awaitCompletions, readTopic } from './helpers/topic-reader.ts';

const run = `t-brent3-claim-${randomUUID().slice(0, 6)}`;

describe('completion claim (shared local broker)', () => {
  it('two replicas publishing the same 40 completions at once commit exactly one each', async () => {
    const bootstrapBrokers = [await sharedKafkaBootstrap()];
    const topic = `${run}-done`;
    const a = await KafkaCompletionPublisher.open({ bootstrapBrokers, topic });
    const b = await KafkaCompletionPublisher.open({ bootstrapBrokers, topic, autoCreate: false });
    const ids = Array.from({ length: 40 }, (_, i) => `${run}-req-${i}`);
    const started = performance.now();
    await Promise.all(
      ids.flatMap((id) => [
        a.publish(completed(id, { by: 'a' }), { tenantId: 't' }),
        b.publish(completed(id, { by: 'b' }), { tenantId: 't' }),
      ]),
    );
    const tookMs = performance.now() - started;
    const counts = await awaitCompletions(bootstrapBrokers[0] ?? '', topic, ids, 10_000);
    const raw = await readTopic(bootstrapBrokers[0] ?? '', topic, 1_500, true);
    const skipped = a.duplicatesSkipped + b.duplicatesSkipped;
    await Promise.all([a.close(), b.close()]);
    console.log(
      `claim: 80 publishes of 40 ids in ${tookMs.toFixed(0)} ms; committed ${[...counts.values()].reduce((x, y) => x + y, 0)}, ` +
        `skipped by the claim ${skipped}, aborted copies on the log ${raw.length - [...counts.values()].reduce((x, y) => x + y, 0)}`,
    );
    expect([...counts.keys()].sort()).toEqual([...ids].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(skipped).toBe(40);
    const scan = await scanTopics(bootstrapBrokers[0] ?? '', [topic], cloudsYamlPasswords());
    // the scan reads read_uncommitted on purpose, so a fenced producer's aborted copy is scanned too
    expect([scan.records, scan.hits]).toEqual([raw.length, []]);
  });

  it('open() against no broker fails at its deadline with KafkaUnavailableError, or at once when aborted', async () => {
    const bootstrapBrokers = ['127.0.0.1:1'];
    const started = performance.now();
    const error = await KafkaCompletionPublisher.open({ bootstrapBrokers, openTimeoutMs: 2_000 }).catch(
      (e: unknown) => e,
    );
    const tookMs = performance.now() - started;
    expect(error).toBeInstanceOf(KafkaUnavailableError);
    expect((error as KafkaUnavailableError).code).toBe('ERR_KAFKA_UNAVAILABLE');
    expect((error as Error).message).toContain('127.0.0.1:1');
    expect(tookMs).toBeLessThan(4_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 300);
    const abortedAt = performance.now();
    const aborted = await KafkaCompletionPublisher.open({ bootstrapBrokers }, controller.signal).catch(
      (e: unknown) => e,
    );
    expect((aborted as Error).message).toBe('shutting down');
    expect(performance.now() - abortedAt).toBeLessThan(1_500);
  });
});
