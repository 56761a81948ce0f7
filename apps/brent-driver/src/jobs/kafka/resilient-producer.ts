/**
 * A producer that outlives a broker outage: a send that fails after the client's own retries (e.g. the broker
 * was SIGKILLed and takes 30 s to come back) is tried again with a fresh idempotent producer, with a growing
 * pause, until `giveUpAfterMs`. Idempotence makes the client's internal retries write once; a send retried
 * here after a failure that did land may write twice, which the readers tolerate (job records are re-checked,
 * completions are de-duplicated by requestId).
 */
import { type MessageToProduce, ProduceAcks, Producer, stringSerializer } from '@platformatic/kafka';

/** How to connect. */
export interface ResilientProducerOptions {
  readonly bootstrapBrokers: readonly string[];
  readonly clientId: string;
  /** Stop trying one send after this long. @defaultValue 300000 */
  readonly giveUpAfterMs?: number | undefined;
  /** Told about each failed attempt. */
  readonly onError?: ((message: string, error?: unknown) => void) | undefined;
}

type Record = MessageToProduce<Buffer, Buffer, string, string>;

/** Sends records with acks=all from an idempotent producer, replacing the producer when a send fails. */
export class ResilientProducer {
  readonly #options: ResilientProducerOptions;
  #producer: Producer<Buffer, Buffer, string, string>;

  /** @param options - Brokers and client id. */
  constructor(options: ResilientProducerOptions) {
    this.#options = options;
    this.#producer = this.#create();
  }

  /**
   * Sends `messages`; resolves once the broker has them all.
   *
   * @param messages - The records.
   * @throws the last client error once `giveUpAfterMs` passed.
   */
  async send(messages: Record[]): Promise<void> {
    const giveUpAt = Date.now() + (this.#options.giveUpAfterMs ?? 300_000);
    for (let attempt = 1; ; attempt++) {
      const used = this.#producer;
      try {
        await used.send({ messages, acks: ProduceAcks.ALL });
        return;
      } catch (error) {
        if (Date.now() > giveUpAt) throw error;
        this.#options.onError?.(`send failed (attempt ${attempt}); retrying with a new producer`, error);
        if (this.#producer === used) {
          // the first of the concurrent senders that saw it fail replaces it; the others reuse the new one
          this.#producer = this.#create();
          await used.close(true).catch(() => undefined);
        }
        await new Promise((done) => setTimeout(done, Math.min(5_000, 250 * 2 ** attempt)));
      }
    }
  }

  /** Closes the producer. */
  async close(): Promise<void> {
    await this.#producer.close(true);
  }

  #create(): Producer<Buffer, Buffer, string, string> {
    return new Producer<Buffer, Buffer, string, string>({
      clientId: this.#options.clientId,
      bootstrapBrokers: [...this.#options.bootstrapBrokers],
      serializers: { headerKey: stringSerializer, headerValue: stringSerializer },
      idempotent: true,
      timeout: 30_000,
      retries: 10,
      retryDelay: 500,
    });
  }
}
