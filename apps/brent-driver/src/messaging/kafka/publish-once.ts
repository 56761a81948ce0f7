/**
 * The per-requestId claim: a completion is written in a Kafka transaction whose transactional id is derived from
 * the request id. Starting that transaction (InitProducerId) fences every earlier producer of the same request:
 * a replica still finishing the job after a partition hand-over can no longer commit, and the broker completes
 * or aborts whatever it had open. Only then is the completion topic read up to its end; if the request's
 * completion is there, nothing is written. So two replicas, or one replica retrying after a lost commit
 * response, commit at most one completion per requestId; read_committed consumers never see an aborted copy.
 */
import { type MessageToProduce, ProduceAcks, Producer, stringSerializer } from '@platformatic/kafka';
import type { CompletionLedger } from './completion-ledger.ts';

/** Where and how to write. */
export interface PublishOnceOptions {
  readonly bootstrapBrokers: readonly string[];
  /** Prefix of the transactional ids (`<prefix><requestId>`). */
  readonly transactionalIdPrefix: string;
  /** The ledger of the completion topic. */
  readonly ledger: CompletionLedger;
  /** Transaction timeout and request timeout of the claim's producer. @defaultValue 15000 */
  readonly timeoutMs?: number | undefined;
}

/** What {@link publishOnce} did. */
export type PublishOnceResult = 'published' | 'already-published';

type Record = MessageToProduce<Buffer, Buffer, string, string>;

/**
 * Writes `record` as the completion of `requestId` unless one is already committed.
 *
 * @param options - Brokers, id prefix and ledger.
 * @param requestId - The request.
 * @param record - The completion record.
 * @param signal - Abandons the claim (its transaction is then aborted by the broker or the next claimant).
 * @returns whether it wrote.
 * @throws the client's error when a step failed (another replica fenced this one, the broker went away);
 *   trying again is always safe.
 */
export async function publishOnce(
  options: PublishOnceOptions,
  requestId: string,
  record: Record,
  signal?: AbortSignal,
): Promise<PublishOnceResult> {
  const producer = new Producer<Buffer, Buffer, string, string>({
    clientId: `completion-claim-${process.pid}`,
    bootstrapBrokers: [...options.bootstrapBrokers],
    serializers: { headerKey: stringSerializer, headerValue: stringSerializer },
    idempotent: true,
    transactionalId: `${options.transactionalIdPrefix}${requestId}`,
    // "no producer yet" (-1/-1): the client's default 0/0 makes the broker refuse a second InitProducerId for
    // the same transactional id as fenced instead of bumping the epoch
    producerId: -1n,
    producerEpoch: -1,
    timeout: options.timeoutMs ?? 15_000,
    retries: 10,
    retryDelay: 300,
  });
  try {
    const transaction = await producer.beginTransaction(); // fences every earlier claimant of this request
    try {
      await options.ledger.catchUp(signal);
      if (options.ledger.has(requestId)) {
        await transaction.cancel();
        return 'already-published';
      }
      await transaction.send({ messages: [record], acks: ProduceAcks.ALL });
      await transaction.commit();
    } catch (error) {
      if (!transaction.completed) await transaction.abort().catch(() => undefined);
      throw error;
    }
    options.ledger.add(requestId);
    return 'published';
  } finally {
    await producer.close(true).catch(() => undefined);
  }
}
