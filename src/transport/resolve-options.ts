import { existsSync, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { ConfigurationError } from '../errors/configuration-error.ts';
import { hideSecrets } from './hide-secrets.ts';
import type { DebugOptions, RetryOptions, TlsOptions, TransportOptions } from './options.ts';
import { redactUrl } from './redact.ts';
import type { RetryPolicy } from './retry-policy.ts';
import { positiveMs } from './validate.ts';
import { STRATUS_VERSION } from './version.ts';

/** {@link TransportOptions} after validation: every default applied, PEM files read, frozen. */
export interface ResolvedTransportOptions {
  /** The per-attempt time limit. */
  readonly timeoutMs: number;
  /** The largest body read into memory. */
  readonly maxResponseBytes: number;
  /** TLS material as PEM text (files already read); `key` is hidden when printed. */
  readonly tls: Readonly<{ ca?: string; cert?: string; key?: string; insecure: boolean }> | undefined;
  /** `'env'`, a proxy URL, or `false`. */
  readonly proxy: 'env' | string | false;
  /** The retry policy, or `false` for one attempt. */
  readonly retry: RetryPolicy | false;
  /** Where the transcript goes, if anywhere. */
  readonly transcript: string | Writable | undefined;
  /** Whether the transcript shows secrets raw. */
  readonly unsafeShowSecrets: boolean;
  /** The full `User-Agent` value. */
  readonly userAgent: string;
}

const DEFAULT_STATUSES: readonly number[] = [408, 429, 502, 503, 504];

/**
 * A backstop only: the time budget (`maxElapsedMs`) is the main limit. With the default delays (0.5 s doubling
 * to 20 s) ten attempts need at most 91.5 s of waiting, inside the 120 s budget.
 */
const DEFAULT_MAX_ATTEMPTS = 10;

function pem(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`\`tls.${field}\` must be a PEM string or a path to a PEM file`);
  }
  if (value.includes('-----BEGIN')) return value;
  if (!existsSync(value)) {
    // A key pasted without its BEGIN line is key material, not a path: never echo it.
    const shown = field === 'key' ? '(value not shown: it may be key material)' : value;
    throw new ConfigurationError(
      `\`tls.${field}\`: the file ${shown} does not exist; pass a PEM string or the path of a readable PEM file`,
    );
  }
  const text = readFileSync(value, 'utf8');
  if (!text.includes('-----BEGIN')) {
    throw new ConfigurationError(`\`tls.${field}\`: the file ${value} holds no PEM block (-----BEGIN …)`);
  }
  return text;
}

/** The default `maxResponseBytes`: 32 MiB, far above any page of an OpenStack listing. */
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

function byteLimit(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ConfigurationError(
      `\`maxResponseBytes\` must be a whole number of bytes ≥ 1, e.g. 33554432 for 32 MiB (got ${String(value)})`,
    );
  }
  return value;
}

function resolveTls(tls: TlsOptions | undefined): ResolvedTransportOptions['tls'] {
  if (tls === undefined) return undefined;
  if (tls.insecure !== undefined && typeof tls.insecure !== 'boolean') {
    throw new ConfigurationError('`tls.insecure` must be true or false');
  }
  const ca = pem(tls.ca, 'ca');
  const cert = pem(tls.cert, 'cert');
  const key = pem(tls.key, 'key');
  if ((cert === undefined) !== (key === undefined)) {
    throw new ConfigurationError(
      '`tls.cert` and `tls.key` go together: pass both for mutual TLS, or neither',
    );
  }
  return Object.freeze({
    ...(ca === undefined ? {} : { ca }),
    ...(cert === undefined ? {} : { cert }),
    ...(key === undefined ? {} : { key }),
    insecure: tls.insecure ?? false,
  });
}

function resolveProxy(proxy: TransportOptions['proxy']): 'env' | string | false {
  if (proxy === undefined || proxy === false || proxy === 'env') return proxy ?? false;
  let url: URL;
  try {
    url = new URL(proxy);
  } catch {
    throw new ConfigurationError(
      `\`proxy\` must be 'env', false or a proxy URL such as http://proxy:3128 (got ${redactUrl(String(proxy))})`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`\`proxy\` must be an http:// or https:// URL (got ${url.protocol})`);
  }
  return proxy;
}

function resolveRetry(retry: RetryOptions | false | undefined): RetryPolicy | false {
  if (retry === false) return false;
  const options = retry ?? {};
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new ConfigurationError(
      `\`retry.maxAttempts\` must be a whole number ≥ 1 (got ${String(maxAttempts)})`,
    );
  }
  const statuses = options.statuses ?? DEFAULT_STATUSES;
  for (const status of statuses) {
    if (status === 501) {
      throw new ConfigurationError(
        '`retry.statuses` may not include 501: "not implemented" never changes on retry',
      );
    }
    if (!Number.isInteger(status) || status < 400 || status > 599) {
      throw new ConfigurationError(`\`retry.statuses\` must hold 4xx/5xx codes (got ${String(status)})`);
    }
  }
  return Object.freeze({
    maxAttempts,
    maxElapsedMs: positiveMs(options.maxElapsedMs ?? 120_000, 'retry.maxElapsedMs'),
    minDelayMs: positiveMs(options.minDelayMs ?? 500, 'retry.minDelayMs', true),
    maxDelayMs: positiveMs(options.maxDelayMs ?? 20_000, 'retry.maxDelayMs', true),
    maxRetryAfterMs: positiveMs(options.maxRetryAfterMs ?? 60_000, 'retry.maxRetryAfterMs', true),
    statuses: Object.freeze([...statuses]),
    retryOnTimeout: options.retryOnTimeout ?? false,
  });
}

/**
 * Reads the debug settings: `options.debug` when given, else `STRATUS_DEBUG` / `LIBCLOUD_DEBUG` and
 * `STRATUS_DEBUG_UNSAFE_SHOW_SECRETS` from `env` (the one documented exception to "no implicit env").
 *
 * @param debug - `options.debug`.
 * @param env - The environment to read when `debug` is absent.
 * @returns Transcript target and unsafe flag.
 */
export function resolveDebug(
  debug: DebugOptions | false | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Pick<ResolvedTransportOptions, 'transcript' | 'unsafeShowSecrets'> {
  if (debug === false) return { transcript: undefined, unsafeShowSecrets: false };
  if (debug !== undefined) {
    return { transcript: debug.transcript, unsafeShowSecrets: debug.unsafeShowSecrets === true };
  }
  const target = env.STRATUS_DEBUG?.trim() || env.LIBCLOUD_DEBUG?.trim() || undefined;
  if (target === undefined) return { transcript: undefined, unsafeShowSecrets: false };
  const toStderr = ['1', 'true', '-', 'stderr'].includes(target.toLowerCase());
  return {
    transcript: toStderr ? process.stderr : target,
    unsafeShowSecrets: env.STRATUS_DEBUG_UNSAFE_SHOW_SECRETS === '1',
  };
}

/**
 * Validates {@link TransportOptions} once and applies the defaults.
 *
 * @param options - What the caller passed.
 * @param env - The environment (read only for `STRATUS_DEBUG` when `options.debug` is absent).
 * @returns The frozen, inspect-safe resolved options.
 * @throws {@link ConfigurationError} naming the bad field and the fix.
 */
export function resolveTransportOptions(
  options: TransportOptions,
  env: Readonly<Record<string, string | undefined>>,
): ResolvedTransportOptions {
  if (options.dispatcher !== undefined && (options.tls !== undefined || options.proxy)) {
    throw new ConfigurationError(
      '`dispatcher` cannot be combined with `tls` or `proxy`: configure TLS and proxy on your dispatcher, or drop it',
    );
  }
  const userAgent = options.userAgent?.trim();
  if (userAgent !== undefined && /[\r\n]/.test(userAgent)) {
    throw new ConfigurationError('`userAgent` must be a single line, e.g. my-tool/1.2');
  }
  const resolved: ResolvedTransportOptions = {
    timeoutMs: positiveMs(options.timeoutMs ?? 30_000, 'timeoutMs'),
    maxResponseBytes: byteLimit(options.maxResponseBytes),
    tls: resolveTls(options.tls),
    proxy: resolveProxy(options.proxy),
    retry: resolveRetry(options.retry),
    ...resolveDebug(options.debug, env),
    userAgent: userAgent ? `stratus/${STRATUS_VERSION} ${userAgent}` : `stratus/${STRATUS_VERSION}`,
  };
  return Object.freeze(hideSecrets(resolved, ['key']));
}
