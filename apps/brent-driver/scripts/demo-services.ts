/** `npm run brent:demo` helpers: bring up the local cloud and Kafka when needed, start driver replicas. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..', '..');

function run(script: string, args: readonly string[] = []): number {
  const result = spawnSync(join(ROOT, 'scripts', script), args, { stdio: 'inherit' });
  return result.status ?? 1;
}

/** Starts the local cloud unless it runs. */
export function ensureCloud(): void {
  if (run('local-cloud/status', ['--quiet']) === 0) return;
  console.log('demo: local cloud not running: scripts/local-cloud/up');
  if (run('local-cloud/up') !== 0) throw new Error('cloud:up failed');
}

/**
 * Starts the local Kafka unless it runs.
 *
 * @returns The bootstrap address.
 */
export function ensureKafka(): string {
  if (run('local-kafka/status', ['--quiet']) !== 0) {
    console.log('demo: local Kafka not running: scripts/local-kafka/up');
    if (run('local-kafka/up') !== 0) throw new Error('kafka:up failed');
  }
  const state = join(homedir(), '.local', 'state', 'stratus-kafka', 'bootstrap');
  return readFileSync(state, 'utf8').trim();
}

/** A driver replica started as a child process. */
export interface Replica {
  readonly url: string;
  readonly child: ChildProcess;
  /** Where its JSON log lines go. */
  readonly logFile: string;
}

/**
 * How `npm run brent` runs a replica: the compiled JavaScript (the library from `dist` too: no TypeScript is
 * stripped at load, about 20 MiB less), with V8's young generation capped at 2 MiB per semi-space and V8 told to
 * favour memory over speed (a replica idles at 106–112 MiB instead of 160; see docs/brent-driver.md for the
 * measured cost).
 */
export const REPLICA_NODE_ARGS: readonly string[] = [
  '--max-semi-space-size=2',
  '--optimize-for-size',
  join(ROOT, 'apps/brent-driver/dist/main.js'),
];

let built = false;

/** Compiles the library and the driver (`npm run build:brent`, incremental: a few seconds when nothing changed). */
export function buildDriver(): void {
  if (built) return;
  const result = spawnSync('npm', ['run', '-s', 'build:brent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build:brent failed (exit ${result.status})`);
  built = true;
}

/**
 * Starts one driver replica (`npm run brent`'s command, built first when needed) and waits until its health
 * answers.
 *
 * @param port - Its port.
 * @param env - Its configuration environment.
 * @returns The replica.
 */
export async function startReplica(port: number, env: Readonly<Record<string, string>>): Promise<Replica> {
  const logFile = join(tmpdir(), `brent-demo-replica-${port}.log`);
  buildDriver();
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...REPLICA_NODE_ARGS], {
    env: { ...process.env, ...env, DRIVER_PORT: String(port), SSL_DISABLED: '1' },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`replica on ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/management/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child, logFile };
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`replica on ${port} did not answer within 60 s`);
}

/**
 * Stops a replica with SIGTERM (graceful) and waits for it to exit.
 *
 * @param replica - The replica.
 */
export async function stopReplica(replica: Replica): Promise<void> {
  if (replica.child.exitCode !== null) return;
  const exited = new Promise((done) => replica.child.once('exit', done));
  replica.child.kill('SIGTERM');
  await exited;
}
