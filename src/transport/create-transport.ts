import type { Dispatcher } from 'undici';
import { compose } from './compose.ts';
import { debugLog, retryNotes } from './debug-log.ts';
import { createDispatcher } from './dispatcher.ts';
import type { TransportOptions } from './options.ts';
import { redactUrl } from './redact.ts';
import { type ResolvedTransportOptions, resolveTransportOptions } from './resolve-options.ts';
import { retry } from './retry.ts';
import { statusCheck } from './status-check.ts';
import { openTranscript } from './transcript.ts';
import type { Middleware, Send } from './types.ts';
import { buildUrl } from './url.ts';
import { createWireSend } from './wire.ts';

/** One HTTP pipeline over one keep-alive connection pool. */
export interface Transport {
  /** The pipeline without auth: retry → status check → debug log → wire. */
  readonly send: Send;
  /**
   * The same pipeline with `outer` middlewares outermost (auth plugs in here); they share the pool.
   *
   * @param outer - Middlewares, outermost first.
   * @returns The composed `Send`.
   */
  withMiddleware(...outer: readonly Middleware[]): Send;
  /** Closes the connection pool the transport created (an injected `dispatcher` is left open). */
  close(): Promise<void>;
  /** The resolved options (secrets hidden from `util.inspect` and `JSON.stringify`). */
  readonly options: ResolvedTransportOptions;
}

/**
 * Creates the HTTP transport every Stratus driver sends through.
 *
 * @remarks
 * Order, outermost first: your middlewares (auth) → retry → status check (typed errors) → debug log →
 * undici. With `options.debug` absent, `STRATUS_DEBUG=<file>` (alias `LIBCLOUD_DEBUG`) turns the transcript on:
 * the only environment variables the library reads by itself.
 *
 * @param options - Dispatcher, time limit, TLS, proxy, retry, debug and user agent.
 * @returns The transport; call `close()` when done.
 * @throws {@link ConfigurationError} when an option is invalid (the message names it and the fix).
 * @example
 * ```ts
 * import { createTransport } from 'stratus';
 * const transport = createTransport({ timeoutMs: 10_000, retry: { maxAttempts: 3 } });
 * const response = await transport.send({ method: 'GET', url: 'http://127.0.0.1:5000/v3' }, { attempt: 1 });
 * console.log(response.status, response.body);
 * await transport.close();
 * ```
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const resolved = resolveTransportOptions(options, process.env);
  // The transcript first: a bad path throws before any connection pool exists.
  const transcript =
    resolved.transcript === undefined
      ? undefined
      : openTranscript(resolved.transcript, resolved.unsafeShowSecrets);
  const dispatcher: Dispatcher = options.dispatcher ?? createDispatcher(resolved);
  const owned = options.dispatcher === undefined ? dispatcher : undefined;
  const note = retryNotes(transcript);
  const layers: Middleware[] = [];
  if (resolved.retry !== false) {
    layers.push(
      retry(resolved.retry, {
        onDecision: (decision, request) =>
          note(`${request.method} ${redactUrl(buildUrl(request.url, request.query))}: ${decision.message}`),
      }),
    );
  }
  layers.push(
    statusCheck(),
    debugLog({ transcript, unsafeShowSecrets: resolved.unsafeShowSecrets, userAgent: resolved.userAgent }),
  );
  const inner = compose(
    createWireSend({
      dispatcher,
      timeoutMs: resolved.timeoutMs,
      userAgent: resolved.userAgent,
      maxResponseBytes: resolved.maxResponseBytes,
    }),
    ...layers,
  );
  return Object.freeze({
    send: inner,
    withMiddleware: (...outer: readonly Middleware[]): Send => compose(inner, ...outer),
    close: async (): Promise<void> => {
      if (owned !== undefined) await owned.close();
    },
    options: resolved,
  });
}
