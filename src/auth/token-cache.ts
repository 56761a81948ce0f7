import createDebug from 'debug';
import { LRUCache } from 'lru-cache';
import { CloudError } from '../errors/cloud-error.ts';
import type { Send } from '../transport/types.ts';
import { printSafeResult } from './print-safe-result.ts';
import type { AuthStrategy } from './strategy.ts';
import { decodeAuthResult, encodeAuthResult } from './token-codec.ts';
import type { AuthResult } from './types.ts';

const debug = createDebug('stratus:auth');

/**
 * An optional cache shared by many processes (Redis, memcached, a file): Stratus stores one encoded token per
 * cache key there, and reads it before logging in.
 *
 * @remarks
 * The stored value contains the token: protect the store accordingly. Failures of the external cache are
 * logged under `stratus:auth` and otherwise ignored (Stratus logs in instead).
 */
export interface ExternalTokenCache {
  /** Reads the encoded token stored under `key`, or `undefined`. */
  get(key: string): Promise<string | undefined>;
  /** Stores an encoded token under `key` for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Removes the token stored under `key`. */
  delete(key: string): Promise<void>;
}

/** How long tokens are reused. */
export interface TokenCacheOptions {
  /** Refresh this long before the token expires. @defaultValue 120000 (120 s) */
  readonly expirySkewMs?: number | undefined;
  /** How long to keep a token that has no expiry (v1.0, forced). @defaultValue 3600000 (1 h) */
  readonly noExpiryTtlMs?: number | undefined;
  /** A cache shared across processes. */
  readonly external?: ExternalTokenCache | undefined;
  /** How many logins (distinct keys) to hold. @defaultValue 100 */
  readonly max?: number | undefined;
}

interface FetchContext {
  readonly strategy: AuthStrategy;
  readonly send: Send;
}

/**
 * The token cache: one entry per login (cache key), reused until its expiry minus a margin; concurrent callers
 * for one key share one in-flight login (lru-cache `fetchMethod` coalescing).
 *
 * @remarks
 * A cache belongs to a session; pass the same instance to several sessions to share tokens between them.
 *
 * @example
 * ```ts
 * import { TokenCache } from 'stratus';
 * const cache = new TokenCache({ expirySkewMs: 300_000 });
 * ```
 */
export class TokenCache {
  readonly #cache: LRUCache<string, AuthResult, FetchContext>;
  readonly #skewMs: number;
  readonly #noExpiryTtlMs: number;
  readonly #external: ExternalTokenCache | undefined;
  /** When each cached result stops being valid (epoch ms): expiry minus the margin, or load time plus the no-expiry TTL. */
  readonly #validUntil = new WeakMap<AuthResult, number>();

  /** @param options - Margins and the optional external cache. */
  constructor(options: TokenCacheOptions = {}) {
    this.#skewMs = options.expirySkewMs ?? 120_000;
    this.#noExpiryTtlMs = options.noExpiryTtlMs ?? 3_600_000;
    this.#external = options.external;
    this.#cache = new LRUCache<string, AuthResult, FetchContext>({
      max: options.max ?? 100,
      ttl: this.#noExpiryTtlMs,
      fetchMethod: (key, _stale, { options: fetchOptions, context }) =>
        this.#load(key, context).then((result) => {
          fetchOptions.ttl = this.ttlFor(result);
          this.#validUntil.set(result, this.#validUntilFor(result));
          return result;
        }),
    });
  }

  /**
   * Returns the cached token for a login, logging in (once for all concurrent callers) when there is none or
   * it is inside the expiry margin.
   *
   * @param strategy - The login.
   * @param send - The unauthenticated transport.
   * @param signal - Stops this caller waiting; the shared login continues for the others.
   * @returns The token and its info.
   * @throws {@link AuthenticationError} and any transport error from the login.
   */
  async get(strategy: AuthStrategy, send: Send, signal?: AbortSignal): Promise<AuthResult> {
    signal?.throwIfAborted();
    const pending = this.#cache.fetch(strategy.cacheKey, { context: { strategy, send } });
    const result = await raceAbort(pending, signal);
    if (result === undefined) throw new CloudError(`The token cache gave no token for ${strategy.method}`);
    return result;
  }

  /**
   * Returns the cached token for a login if it is valid now (outside the expiry margin), synchronously: no
   * promise, no lookup through the shared login. `undefined` (none cached, inside the margin, being refreshed)
   * means: call {@link TokenCache.get}.
   *
   * @param key - The login's cache key.
   * @returns The token and its info, or `undefined`.
   */
  validToken(key: string): AuthResult | undefined {
    // While a refresh is in flight lru-cache returns the old value here; its deadline has passed, so it is refused.
    const result = this.#cache.get(key);
    if (result === undefined) return undefined;
    const validUntil = this.#validUntil.get(result);
    return validUntil !== undefined && Date.now() < validUntil ? result : undefined;
  }

  /**
   * Drops a token after a 401, but only if it is still the cached one (another caller may already have
   * replaced it).
   *
   * @param key - The login's cache key.
   * @param token - The token that was refused.
   * @returns Whether the entry was dropped.
   */
  async invalidate(key: string, token: string): Promise<boolean> {
    const current = this.#cache.peek(key);
    if (current?.token !== token) return false;
    this.#cache.delete(key);
    await this.#externalCall('delete', () => this.#external?.delete(key));
    return true;
  }

  /**
   * How long an entry stays valid: expiry minus the margin (at least 1 ms, so a token already inside the margin
   * serves the callers that waited for it and is refreshed on the next call), or the no-expiry time.
   *
   * @param result - A login result.
   * @returns The time to live in milliseconds.
   */
  ttlFor(result: AuthResult): number {
    const expiresAt = result.info.expiresAt;
    if (expiresAt === undefined) return this.#noExpiryTtlMs;
    return Math.max(1, expiresAt.getTime() - Date.now() - this.#skewMs);
  }

  #validUntilFor(result: AuthResult): number {
    const expiresAt = result.info.expiresAt;
    if (expiresAt === undefined) return Date.now() + this.#noExpiryTtlMs;
    return expiresAt.getTime() - this.#skewMs;
  }

  async #load(key: string, context: FetchContext): Promise<AuthResult> {
    const shared = await this.#externalCall('get', () => this.#external?.get(key));
    if (shared !== undefined) {
      const decoded = decodeAuthResult(shared);
      if (decoded !== undefined && this.ttlFor(decoded) > 1) {
        debug('token for %s taken from the external cache', context.strategy.method);
        return printSafeResult(decoded);
      }
    }
    debug('logging in with %s', context.strategy.method);
    const result = await context.strategy.authenticate(context.send);
    const ttl = this.ttlFor(result);
    await this.#externalCall('set', () => this.#external?.set(key, encodeAuthResult(result), ttl));
    return printSafeResult(result);
  }

  async #externalCall<T>(what: string, call: () => Promise<T> | undefined): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      debug(
        'external token cache %s failed: %s',
        what,
        error instanceof Error ? error.message : String(error),
      );
      return undefined;
    }
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
