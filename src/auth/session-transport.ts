import { createTransport } from '../transport/create-transport.ts';
import type { TransportOptions } from '../transport/options.ts';
import type { Middleware, Send } from '../transport/types.ts';

/** What a session needs from a transport; the object `createTransport()` returns satisfies it. */
export interface SessionTransport {
  /** The unauthenticated pipeline. */
  readonly send: Send;
  /** Puts middlewares outermost over the pipeline; when absent the session composes them itself. */
  readonly withMiddleware?: ((...outer: readonly Middleware[]) => Send) | undefined;
  /** Releases connections. */
  close(): Promise<void>;
}

/** An existing transport to use; the session does not close it (its creator does). */
export interface ExistingTransportOption {
  /** The transport. */
  readonly transport: SessionTransport;
}

/** How a session gets its transport: options for one it creates and owns, or an existing one. */
export type SessionTransportOption = TransportOptions | ExistingTransportOption;

/** The transport as the session uses it. */
export interface ResolvedTransport {
  /** The unauthenticated pipeline (used for the login itself). */
  readonly send: Send;
  /** Puts a middleware outermost over the pipeline. */
  wrap(outer: Middleware): Send;
  /** Closes the transport if the session owns it. */
  close(): Promise<void>;
}

/**
 * Resolves the session's transport option: an existing transport is used as is (and not closed); otherwise
 * the session creates one with `createTransport(options)` and closes it with the session.
 *
 * @param option - Transport options, or an existing transport.
 * @returns The transport as the session uses it.
 * @throws {@link ConfigurationError} from `createTransport` for invalid transport options.
 */
export function resolveTransport(option: SessionTransportOption | undefined): ResolvedTransport {
  if (option !== undefined && 'transport' in option) {
    const existing = option.transport;
    return {
      send: existing.send,
      wrap: (outer) => (existing.withMiddleware ? existing.withMiddleware(outer) : outer(existing.send)),
      close: () => Promise.resolve(),
    };
  }
  const owned = createTransport(option ?? {});
  return { send: owned.send, wrap: (outer) => owned.withMiddleware(outer), close: () => owned.close() };
}
