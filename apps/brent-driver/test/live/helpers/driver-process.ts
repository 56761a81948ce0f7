/**
 * A whole driver replica in a child process (`src/main.ts`, as `npm run brent` starts it) on the Kafka queue,
 * so a test can SIGKILL it mid-work. Its log lines are kept for the test to read.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { ScenarioNames } from './queue-replicas.ts';

/** A replica process. */
export interface DriverProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Its HTTP base URL. */
  readonly url: string;
  /** Every log line it wrote so far. */
  readonly lines: string[];
}

const main = resolve(import.meta.dirname, '..', '..', '..', 'src', 'main.ts');

/**
 * Starts a replica on plain HTTP and a free port; resolves once it listens.
 *
 * @param name - A name for its client id and errors.
 * @param bootstrap - The broker.
 * @param n - Job topic, completion topic and group.
 * @param key - The shared job key (base64).
 * @returns The replica.
 */
export function startDriverProcess(
  name: string,
  bootstrap: string,
  n: ScenarioNames,
  key: string,
): Promise<DriverProcess> {
  const child = spawn(process.execPath, ['--conditions=source', main], {
    env: {
      ...process.env,
      SSL_DISABLED: '1',
      DRIVER_PORT: '0',
      LOG_LEVEL: 'info',
      BRENT_JOB_QUEUE: 'kafka',
      BRENT_KAFKA_BOOTSTRAP: bootstrap,
      BRENT_JOB_KEY: key,
      BRENT_GROUP_ID: n.group,
      BRENT_JOB_TOPIC: n.jobs,
      BRENT_COMPLETION_TOPIC: n.completions,
      BRENT_DEADLINE_SECONDS: '600',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  let buffered = '';
  return new Promise((ready, fail) => {
    child.once('exit', (code) => fail(new Error(`replica ${name} exited with ${code} before it listened`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      lines.push(...complete);
      for (const line of complete) {
        const url = /"url":"([^"]+)"/.exec(line)?.[1];
        if (line.includes('driver listening') && url !== undefined) ready({ name, child, url, lines });
      }
    });
  });
}

/**
 * Ends a replica (SIGTERM, then SIGKILL after 20 s); nothing when it has exited.
 *
 * @param replica - The replica.
 */
export async function endDriverProcess(replica: DriverProcess): Promise<void> {
  const { child } = replica;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}
