import type { Writable } from 'node:stream';
import type { Dispatcher } from 'undici';

/** TLS settings for the connections the transport opens. */
export interface TlsOptions {
  /** Extra CA bundle to trust: a PEM string or a path to a PEM file (`cacert` in clouds.yaml). */
  readonly ca?: string | undefined;
  /** Client certificate for mutual TLS: a PEM string or a path. Needs `key`. */
  readonly cert?: string | undefined;
  /** Client private key: a PEM string or a path. Never printed. */
  readonly key?: string | undefined;
  /**
   * Skip server certificate verification (`verify: false` in clouds.yaml). Only for throwaway test clouds: it
   * makes the connection readable by anyone on the path.
   * @defaultValue `false`
   */
  readonly insecure?: boolean | undefined;
}

/**
 * Which proxy to use: `'env'` honours `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY`; a URL (credentials allowed as
 * `http://user:pass@proxy:3128`) sends everything through it; `false` or absent connects directly.
 */
export type ProxyOption = 'env' | string | false;

/** The debug transcript. */
export interface DebugOptions {
  /** A file path (appended to, mode 0600) or a stream such as `process.stderr`. */
  readonly transcript?: string | Writable | undefined;
  /**
   * Show tokens, passwords and keys raw in the transcript, for a protocol-level bug hunt on a throwaway cloud.
   * Debug lines and error messages stay redacted. Also `STRATUS_DEBUG_UNSAFE_SHOW_SECRETS=1`.
   * @defaultValue `false`
   */
  readonly unsafeShowSecrets?: boolean | undefined;
}

/** When and how requests are retried. Only idempotent requests are ever retried. */
export interface RetryOptions {
  /**
   * Attempts in all, the first included: a backstop. The main limit is `maxElapsedMs`; with the default delays
   * ten attempts fit in it, enough to get an idempotent call through a 20 % fault rate (a call then fails only
   * when ten attempts in a row fail: 1 in 10 million).
   * @defaultValue 10
   */
  readonly maxAttempts?: number | undefined;
  /** The retry budget, the main limit: no new attempt starts after this much time since the first. @defaultValue 120000 */
  readonly maxElapsedMs?: number | undefined;
  /** Backoff after the first failure (doubled each time, with jitter). @defaultValue 500 */
  readonly minDelayMs?: number | undefined;
  /** The longest backoff step. @defaultValue 20000 */
  readonly maxDelayMs?: number | undefined;
  /** A `Retry-After` longer than this ends retrying at once (the error carries the wait). @defaultValue 60000 */
  readonly maxRetryAfterMs?: number | undefined;
  /** Statuses that are retried; 501 is refused. @defaultValue `[408, 429, 502, 503, 504]` */
  readonly statuses?: readonly number[] | undefined;
  /** Also retry attempts that hit `timeoutMs`. @defaultValue `false` */
  readonly retryOnTimeout?: boolean | undefined;
}

/** Options of {@link createTransport}. */
export interface TransportOptions {
  /**
   * An undici dispatcher to send through (a shared Agent, a MockAgent). The transport does not close it.
   * Not combinable with `tls` or `proxy`, which configure the dispatcher the transport creates.
   */
  readonly dispatcher?: Dispatcher | undefined;
  /** The time limit of each attempt, in milliseconds (a request may override it). @defaultValue 30000 */
  readonly timeoutMs?: number | undefined;
  /**
   * The largest response body read into memory, in bytes; a larger one fails with `ResponseTooLargeError`
   * without being buffered. Listings page well below it; streamed downloads (`responseType: 'stream'`) are not
   * limited. Error bodies are read only up to 64 KiB whatever this says.
   * @defaultValue 33554432 (32 MiB)
   */
  readonly maxResponseBytes?: number | undefined;
  /** TLS settings. */
  readonly tls?: TlsOptions | undefined;
  /** Proxy settings. @defaultValue `false` (direct) */
  readonly proxy?: ProxyOption | undefined;
  /** Retry settings, or `false` for a single attempt. @defaultValue the {@link RetryOptions} defaults */
  readonly retry?: RetryOptions | false | undefined;
  /**
   * The debug transcript, or `false` for none. When absent, `STRATUS_DEBUG=<file>` (or `LIBCLOUD_DEBUG`) is read:
   * the only environment variables the library reads by itself.
   */
  readonly debug?: DebugOptions | false | undefined;
  /** Appended to `stratus/<version>` in `User-Agent`, e.g. `my-tool/1.2`. */
  readonly userAgent?: string | undefined;
}
