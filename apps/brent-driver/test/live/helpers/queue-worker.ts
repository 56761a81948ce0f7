/**
 * One driver replica's job side, as a child process the live tests can SIGKILL: a KafkaJobQueue whose handler
 * "polls" a fake request a given number of times and then publishes its completion. Configured by env:
 * KAFKA_BOOTSTRAP, JOB_TOPIC, JOB_GROUP, COMPLETION_TOPIC, WORKER_NAME. Prints `ready` once consuming and
 * `poll <requestId> <n>` for every poll. SIGTERM stops it cleanly (jobs handed back).
 */
import { KafkaJobQueue } from '../../../src/jobs/kafka-queue.ts';
import { completed } from '../../../src/messaging/completion.ts';
import { KafkaCompletionPublisher } from '../../../src/messaging/completion-publisher.ts';
import { type FakeRequest, pollFakeRequest } from './fake-request.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`queue-worker: ${name} is not set`);
  return value;
};

const bootstrapBrokers = [env('KAFKA_BOOTSTRAP')];
const worker = env('WORKER_NAME');
const publisher = await KafkaCompletionPublisher.open({ bootstrapBrokers, topic: env('COMPLETION_TOPIC') });
const queue = new KafkaJobQueue<FakeRequest>({
  bootstrapBrokers,
  topic: env('JOB_TOPIC'),
  groupId: env('JOB_GROUP'),
  clientId: worker,
  sessionTimeoutMs: 6_000,
  maxWaitMs: 200,
  onError: (message) => process.stderr.write(`${worker}: ${message}\n`),
});
await queue.start((job) =>
  pollFakeRequest(job, async (request) => {
    process.stdout.write(`poll ${request.requestId} ${request.polls}\n`);
    if (request.polls < request.pollsNeeded) return false;
    await publisher.publish(completed(request.requestId, { worker }), { tenantId: request.tenantId });
    return true;
  }),
);
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void queue
    .stop()
    .then(() => publisher.close())
    .then(() => process.exit(0));
});
