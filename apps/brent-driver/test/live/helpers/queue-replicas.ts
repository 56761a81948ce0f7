/**
 * In-process and child-process replicas of the driver's job side for the Kafka queue tests: a real
 * KafkaJobQueue and KafkaCompletionPublisher whose handler "polls" a fake request (see fake-request.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { KafkaJobQueue } from '../../../src/jobs/kafka-queue.ts';
import { completed } from '../../../src/messaging/completion.ts';
import { KafkaCompletionPublisher } from '../../../src/messaging/completion-publisher.ts';
import { type FakeRequest, fakeRequest, pollFakeRequest } from './fake-request.ts';

/** The topics and group of one scenario. */
export interface ScenarioNames {
  readonly jobs: string;
  readonly completions: string;
  readonly group: string;
}

/** An in-process replica. */
export interface Replica {
  readonly queue: KafkaJobQueue<FakeRequest>;
  readonly publisher: KafkaCompletionPublisher;
  polls: number;
}

/**
 * Starts `count` in-process replicas on one group.
 *
 * @param bootstrap - The broker.
 * @param n - Topics and group.
 * @param count - How many.
 * @returns The replicas.
 */
export async function startReplicas(bootstrap: string, n: ScenarioNames, count: number): Promise<Replica[]> {
  const bootstrapBrokers = [bootstrap];
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const onError = (message: string, error?: unknown) =>
      console.error(`replica ${i}: ${message}${error instanceof Error ? `: ${error.message}` : ''}`);
    const publisher = await KafkaCompletionPublisher.open({
      bootstrapBrokers,
      topic: n.completions,
      onError,
    });
    const queue = new KafkaJobQueue<FakeRequest>({
      bootstrapBrokers,
      topic: n.jobs,
      groupId: n.group,
      clientId: `${n.group}-${i}`,
      maxWaitMs: 200,
      onError,
    });
    const replica: Replica = { queue, publisher, polls: 0 };
    await queue.start((job) =>
      pollFakeRequest(job, async (request) => {
        replica.polls += 1;
        if (request.polls < request.pollsNeeded) return false;
        await publisher.publish(completed(request.requestId, { replica: i }), { tenantId: request.tenantId });
        return true;
      }),
    );
    replicas.push(replica);
  }
  return replicas;
}

/**
 * Stops replicas (jobs handed back, publishers closed).
 *
 * @param replicas - The replicas.
 */
export async function stopReplicas(replicas: readonly Replica[]): Promise<void> {
  for (const { queue, publisher } of replicas) {
    await queue.stop();
    await publisher.close();
  }
}

/**
 * Queues `count` fake requests.
 *
 * @param bootstrap - The broker.
 * @param n - Topics.
 * @param count - How many.
 * @param pollsNeeded - Polls each needs.
 * @returns Their request ids.
 */
export async function enqueue(
  bootstrap: string,
  n: ScenarioNames,
  count: number,
  pollsNeeded: number,
): Promise<string[]> {
  const producer = new KafkaJobQueue<FakeRequest>({
    bootstrapBrokers: [bootstrap],
    topic: n.jobs,
    groupId: 'unused',
  });
  const ids = Array.from({ length: count }, (_, i) => `${n.group}-req-${i}-${randomUUID().slice(0, 4)}`);
  await Promise.all(ids.map((id) => producer.enqueue(id, fakeRequest(id, pollsNeeded))));
  await producer.stop();
  return ids;
}

/** A replica in a child process (it can be SIGKILLed). */
export interface Worker {
  readonly name: string;
  readonly child: ChildProcess;
  /** Request ids it polled at least once. */
  readonly polled: Set<string>;
}

const workerScript = resolve(import.meta.dirname, 'queue-worker.ts');

/**
 * Starts a worker process; resolves once it consumes.
 *
 * @param bootstrap - The broker.
 * @param n - Topics and group.
 * @param name - Its name (client id).
 * @returns The worker.
 */
export async function startWorker(bootstrap: string, n: ScenarioNames, name: string): Promise<Worker> {
  const child = spawn(process.execPath, ['--conditions=source', workerScript], {
    env: {
      ...process.env,
      KAFKA_BOOTSTRAP: bootstrap,
      JOB_TOPIC: n.jobs,
      JOB_GROUP: n.group,
      COMPLETION_TOPIC: n.completions,
      WORKER_NAME: name,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const worker: Worker = { name, child, polled: new Set() };
  let buffered = '';
  await new Promise<void>((ready, fail) => {
    child.once('exit', (code) => fail(new Error(`worker ${name} exited with ${code} before it was ready`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') ready();
        const poll = /^poll (\S+) /.exec(line);
        if (poll?.[1] !== undefined) worker.polled.add(poll[1]);
      }
    });
  });
  return worker;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * SIGTERMs a worker and waits up to 30 s for it to exit.
 *
 * @param worker - The worker.
 */
export async function stopWorker(worker: Worker): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  const exited = new Promise((done) => worker.child.once('exit', done));
  worker.child.kill('SIGTERM');
  await Promise.race([exited, sleep(30_000)]);
}

/**
 * The first worker that polled `polls` distinct requests (it holds jobs mid-poll).
 *
 * @param workers - The workers.
 * @param polls - Distinct requests polled.
 * @returns That worker.
 */
export async function firstToPoll(workers: readonly Worker[], polls: number): Promise<Worker> {
  for (;;) {
    const busy = workers.find((w) => w.polled.size >= polls);
    if (busy !== undefined) return busy;
    await sleep(50);
  }
}
