import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from 'stratus';
import { parse } from 'yaml';
import type { LogLevel } from './log/logger.ts';

/** The driver's configuration, normalised once and frozen. */
export interface DriverConfig {
  /** HTTP(S) listener. */
  readonly http: {
    readonly port: number;
    readonly host: string;
    /** `undefined` = plain HTTP (only when `application.ssl.enabled` is false or `SSL_DISABLED` is set). */
    readonly https: { readonly certFile: string; readonly keyFile: string } | undefined;
  };
  /** Kafka. */
  readonly kafka: {
    readonly bootstrap: string;
    readonly completionTopic: string;
    readonly jobTopic: string;
    readonly groupId: string;
  };
  /** The job queue and the monitor. */
  readonly jobs: {
    readonly type: 'memory' | 'kafka';
    readonly locationKey: string;
    readonly deadlineMs: number;
    readonly pollMinMs: number;
    readonly pollMaxMs: number;
    readonly maxErrors: number;
    readonly concurrency: number;
  };
  /** Heat mode: `heat.create_accept`, whether a Create's 202 waits for Heat's answer to the stack POST. */
  readonly heat: { readonly createAccept: 'queued' | 'immediate'; readonly createConcurrency: number };
  /** Adopt behaviour. */
  readonly adopt: { readonly skipStatusCheck: boolean; readonly adoptableStatuses: readonly string[] };
  /** Log level. */
  readonly logLevel: LogLevel;
}

type Tree = Readonly<Record<string, unknown>>;

const DEFAULTS = join(import.meta.dirname, '..', 'config', 'default.yml');

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: Tree, over: Tree): Tree {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const previous = out[key];
    out[key] = isTree(previous) && isTree(value) ? merge(previous, value) : value;
  }
  return out;
}

function at(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), tree);
}

function str(tree: Tree, path: string): string {
  const value = at(tree, path);
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new ConfigurationError(`Config key '${path}' must be a string`);
  return String(value);
}

function num(tree: Tree, path: string): number {
  const value = Number(at(tree, path));
  if (!Number.isFinite(value) || value < 0)
    throw new ConfigurationError(`Config key '${path}' must be a non-negative number`);
  return value;
}

function bool(tree: Tree, path: string): boolean {
  const value = at(tree, path);
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new ConfigurationError(`Config key '${path}' must be true or false`);
}

function readYaml(path: string): Tree {
  const value: unknown = parse(readFileSync(path, 'utf8'));
  if (value === null || value === undefined) return {};
  if (!isTree(value)) throw new ConfigurationError(`${path} must be a YAML mapping`);
  return value;
}

/** Environment variables that override configuration keys. */
const ENV_KEYS: Readonly<Record<string, string>> = {
  DRIVER_PORT: 'application.port',
  BRENT_KAFKA_BOOTSTRAP: 'messaging.connection_address',
  BRENT_JOB_QUEUE: 'job_queue.type',
  BRENT_JOB_KEY: 'job_queue.location_key',
  BRENT_GROUP_ID: 'job_queue.consumer_group_id',
  BRENT_JOB_TOPIC: 'messaging.topics.job_queue.name',
  BRENT_COMPLETION_TOPIC: 'messaging.topics.lifecycle_execution_events.name',
  BRENT_DEADLINE_SECONDS: 'job_queue.deadline_seconds',
  BRENT_TLS_CERT: 'application.ssl.cert_file',
  BRENT_TLS_KEY: 'application.ssl.key_file',
  BRENT_HEAT_CREATE_ACCEPT: 'heat.create_accept',
  BRENT_HEAT_CREATE_CONCURRENCY: 'heat.create_concurrency',
  LOG_LEVEL: 'logging.level',
};

function envTree(env: Readonly<Record<string, string | undefined>>): Tree {
  let tree: Tree = {};
  const set = (path: string, value: unknown) => {
    const nested = path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
    tree = merge(tree, nested as Tree);
  };
  for (const [name, path] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined && value !== '') set(path, value);
  }
  if (env.SSL_DISABLED !== undefined && env.SSL_DISABLED !== '' && env.SSL_DISABLED !== 'false') {
    set('application.ssl.enabled', false);
  }
  return tree;
}

/**
 * Loads the configuration: the packaged defaults, then the YAML file named by `BRENT_CONFIG`, then the
 * environment overrides (`DRIVER_PORT`, `SSL_DISABLED`, `LOG_LEVEL`, `BRENT_KAFKA_BOOTSTRAP`, `BRENT_JOB_KEY`,
 * …). Only this module and `main.ts` read the environment.
 *
 * @param env - The environment (`process.env` from `main.ts`).
 * @returns The frozen configuration.
 * @throws {@link ConfigurationError} naming the bad key.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): DriverConfig {
  let tree = readYaml(DEFAULTS);
  const file = env.BRENT_CONFIG;
  if (file !== undefined && file !== '') tree = merge(tree, readYaml(file));
  tree = merge(tree, envTree(env));
  const queueType = str(tree, 'job_queue.type');
  if (queueType !== 'memory' && queueType !== 'kafka')
    throw new ConfigurationError("job_queue.type must be 'memory' or 'kafka'");
  const level = str(tree, 'logging.level').toLowerCase();
  if (!['debug', 'info', 'warn', 'error'].includes(level))
    throw new ConfigurationError('logging.level must be debug, info, warn or error');
  const statuses = at(tree, 'adopt.adoptable_status_values');
  const accept = str(tree, 'heat.create_accept');
  if (accept !== 'queued' && accept !== 'immediate')
    throw new ConfigurationError("heat.create_accept must be 'queued' or 'immediate'");
  return Object.freeze({
    http: {
      port: num(tree, 'application.port'),
      host: str(tree, 'application.host'),
      https: bool(tree, 'application.ssl.enabled')
        ? { certFile: str(tree, 'application.ssl.cert_file'), keyFile: str(tree, 'application.ssl.key_file') }
        : undefined,
    },
    kafka: {
      bootstrap: str(tree, 'messaging.connection_address'),
      completionTopic: str(tree, 'messaging.topics.lifecycle_execution_events.name'),
      jobTopic: str(tree, 'messaging.topics.job_queue.name'),
      groupId: str(tree, 'job_queue.consumer_group_id'),
    },
    jobs: {
      type: queueType as 'memory' | 'kafka',
      locationKey: str(tree, 'job_queue.location_key'),
      deadlineMs: num(tree, 'job_queue.deadline_seconds') * 1000,
      pollMinMs: num(tree, 'job_queue.poll_min_ms'),
      pollMaxMs: num(tree, 'job_queue.poll_max_ms'),
      maxErrors: num(tree, 'job_queue.max_errors'),
      concurrency: num(tree, 'job_queue.concurrency'),
    },
    heat: {
      createAccept: accept as 'queued' | 'immediate',
      createConcurrency: num(tree, 'heat.create_concurrency'),
    },
    adopt: {
      skipStatusCheck: bool(tree, 'adopt.skip_status_check'),
      adoptableStatuses: Array.isArray(statuses) ? statuses.map(String) : [],
    },
    logLevel: level as LogLevel,
  });
}
