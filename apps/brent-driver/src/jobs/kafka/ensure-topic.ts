/**
 * Creates a topic the driver owns when it is missing, with the given partitions and configs. Safe when several
 * replicas start at once (the loser of the race finds the topic there).
 */
import { Admin } from '@platformatic/kafka';

/** What to create. */
export interface EnsureTopicOptions {
  /** Brokers, `host:port`. */
  readonly bootstrapBrokers: readonly string[];
  /** The topic. */
  readonly topic: string;
  /** Partitions at creation. */
  readonly partitions: number;
  /** Replication factor at creation. @defaultValue 1 */
  readonly replicas?: number | undefined;
  /** Topic configs at creation, e.g. `{ 'retention.ms': '604800000' }`. */
  readonly configs: Readonly<Record<string, string>>;
  /** Closes the admin client (the pending call then fails) when aborted. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Creates `options.topic` unless it exists (an existing topic is left as it is).
 *
 * @param options - The topic.
 * @returns true when this call created it.
 */
export async function ensureTopic(options: EnsureTopicOptions): Promise<boolean> {
  const admin = new Admin({
    clientId: `ensure-${options.topic}`,
    bootstrapBrokers: [...options.bootstrapBrokers],
    timeout: 30_000,
    retries: 10,
    retryDelay: 500,
  });
  const close = (): void => void admin.close().catch(() => undefined);
  options.signal?.addEventListener('abort', close, { once: true });
  try {
    if ((await admin.listTopics()).includes(options.topic)) return false;
    try {
      await admin.createTopics({
        topics: [options.topic],
        partitions: options.partitions,
        replicas: options.replicas ?? 1,
        configs: Object.entries(options.configs).map(([name, value]) => ({ name, value })),
      });
      return true;
    } catch (error) {
      if ((await admin.listTopics()).includes(options.topic)) return false; // another replica won the race
      throw error;
    }
  } finally {
    options.signal?.removeEventListener('abort', close);
    if (options.signal?.aborted !== true) await admin.close();
  }
}
