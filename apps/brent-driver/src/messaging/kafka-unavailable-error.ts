import { CloudError } from 'stratus';

/**
 * Kafka did not answer in time: `KafkaCompletionPublisher.open()` could not create or read the completion topic
 * before its deadline. Code `ERR_KAFKA_UNAVAILABLE`.
 */
export class KafkaUnavailableError extends CloudError {
  /** The brokers that were tried. */
  readonly bootstrapBrokers: readonly string[];
  /** The deadline that passed, in ms. */
  readonly timeoutMs: number;

  /**
   * @param bootstrapBrokers - The brokers tried.
   * @param what - What could not be done (e.g. `read the completion topic lm_vnfc_…`).
   * @param timeoutMs - The deadline that passed.
   * @param cause - The client's last error, if any.
   */
  constructor(bootstrapBrokers: readonly string[], what: string, timeoutMs: number, cause?: unknown) {
    super(
      `Kafka at ${bootstrapBrokers.join(',')} did not answer within ${timeoutMs} ms (${what}): start the broker ` +
        '(`npm run kafka:up` locally) or fix messaging.connection_address / BRENT_KAFKA_BOOTSTRAP',
      'ERR_KAFKA_UNAVAILABLE',
      { cause },
    );
    this.bootstrapBrokers = [...bootstrapBrokers];
    this.timeoutMs = timeoutMs;
  }
}
