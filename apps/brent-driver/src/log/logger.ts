import { AsyncLocalStorage } from 'node:async_hooks';
import { redactJson, redactText } from 'stratus';

/** Log levels, least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;

/** Fields added to every line logged inside {@link withLogContext} (e.g. `tracectx.transactionid`). */
export type LogContext = Readonly<Record<string, string>>;

const context = new AsyncLocalStorage<LogContext>();

/**
 * Runs `fn` with fields that every log line written during it (including in callbacks and awaits) carries.
 *
 * @param fields - The fields; merged over the enclosing context.
 * @param fn - The work.
 * @returns What `fn` returns.
 */
export function withLogContext<R>(fields: LogContext, fn: () => R): R {
  return context.run({ ...context.getStore(), ...fields }, fn);
}

/** The context of the current async scope. */
export function currentLogContext(): LogContext {
  return context.getStore() ?? {};
}

/** A JSON-lines logger: one object per line, secrets redacted, the async context merged in. */
export interface Logger {
  /** Logs at debug. @param message - The message. @param fields - Extra structured fields. */
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Logs at info. @param message - The message. @param fields - Extra structured fields. */
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Logs at warn. @param message - The message. @param fields - Extra structured fields. */
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Logs at error. @param message - The message. @param fields - Extra structured fields. */
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** What {@link createLogger} needs. */
export interface LoggerOptions {
  /** The lowest level written. @defaultValue `'info'` */
  readonly level?: LogLevel | undefined;
  /** Where lines go. @defaultValue stdout */
  readonly write?: ((line: string) => void) | undefined;
  /** Values that must never appear (e.g. the job encryption key); replaced by fingerprints. */
  readonly secrets?: readonly string[] | undefined;
}

/**
 * Builds a logger. Field names that look secret (`password`, `token`, `privateKey`, `os_auth_password`, …) are
 * replaced by fingerprints, PEM private-key blocks are cut from every string, and the given secret values are
 * replaced wherever they appear.
 *
 * @param options - Level, sink and known secret values.
 * @returns The logger.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const min = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const secrets = options.secrets ?? [];
  const emit = (level: LogLevel, message: string, fields: Readonly<Record<string, unknown>> = {}): void => {
    if (RANK[level] < min) return;
    const entry = {
      '@timestamp': new Date().toISOString(),
      level,
      message,
      ...currentLogContext(),
      ...(redactJson(fields, { extraKeys: ['privateKey', 'k_private', 'locationKey'] }) as object),
    };
    const line = JSON.stringify(entry).replace(PEM, '[private key]');
    write(secrets.length === 0 ? line : redactText(line, secrets));
  };
  return {
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}
