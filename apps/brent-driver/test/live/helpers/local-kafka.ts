/**
 * Test helpers for the project's local Kafka (scripts/local-kafka): where the shared broker is, and private
 * brokers for tests that kill the broker (they must not disturb other suites using the shared one).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const scripts = resolve(import.meta.dirname, '../../../../../scripts/local-kafka');

/** A broker started for one test file, on its own state dir and ports. */
export interface PrivateKafka {
  /** `127.0.0.1:PORT`, as written by `up` to the state dir's `bootstrap` file. */
  readonly bootstrap: string;
  /** The broker's state dir (config, data, log, pid). */
  readonly stateDir: string;
  /** SIGKILLs the broker and starts it again on the same data; resolves when it is ready again. */
  restart(): Promise<void>;
  /** Stops the broker and deletes its state dir. */
  stop(): Promise<void>;
  /** The broker's resident memory in MiB (summed over its process group). */
  rssMiB(): Promise<number>;
}

/**
 * The bootstrap address of the shared local broker: `STRATUS_KAFKA_BOOTSTRAP`, else the `bootstrap` file
 * that `npm run kafka:up` writes to its state dir (`STRATUS_KAFKA_STATE`, default
 * `~/.local/state/stratus-kafka`).
 */
export async function sharedKafkaBootstrap(): Promise<string> {
  const fromEnv = process.env.STRATUS_KAFKA_BOOTSTRAP;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const state =
    process.env.STRATUS_KAFKA_STATE ??
    join(process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state'), 'stratus-kafka');
  try {
    return (await readFile(join(state, 'bootstrap'), 'utf8')).trim();
  } catch {
    throw new Error(`no local Kafka: ${join(state, 'bootstrap')} is missing; run \`npm run kafka:up\``);
  }
}

/**
 * A free TCP port on 127.0.0.1 (asked of the kernel, then released).
 *
 * @returns The port.
 */
export async function freePort(): Promise<number> {
  return await new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts a private broker with `scripts/local-kafka/up` on a fresh state dir and free ports (the jar cache is
 * shared, so nothing is downloaded when `kafka:up` ran once).
 *
 * @returns the broker; call `stop()` in `afterAll`.
 */
export async function startPrivateKafka(): Promise<PrivateKafka> {
  const state = await mkdtemp(join(tmpdir(), 't-kafka-'));
  const env = {
    ...process.env,
    STRATUS_KAFKA_STATE: state,
    STRATUS_KAFKA_PORT: String(await freePort()),
    STRATUS_KAFKA_CONTROLLER_PORT: String(await freePort()),
  };
  const script = async (name: string, ...args: string[]): Promise<string> =>
    (await run(join(scripts, name), args, { env, timeout: 180_000 })).stdout.trim();
  const bootstrap = await script('up');
  return {
    bootstrap,
    stateDir: state,
    restart: async () => {
      await script('restart');
    },
    stop: async () => {
      await script('down', '--purge');
      await rm(state, { recursive: true, force: true });
    },
    rssMiB: async () => {
      const line = await script('status');
      const match = /rss ([\d.]+) MiB/.exec(line);
      return match?.[1] === undefined ? Number.NaN : Number(match[1]);
    },
  };
}
