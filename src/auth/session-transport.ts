import { ConfigurationError } from '../errors/configuration-error.ts';
import type { Middleware, Send } from '../transport/types.ts';

/** What a session needs from a transport; the object `createTransport()` returns satisfies it. */
export interface SessionTransport {
  /** The unauthenticated pipeline. */
  readonly send: Send;
  /** Releases connections. */
  close(): Promise<void>;
}

/** An existing transport to use; the session does not close it (its creator does). */
export interface ExistingTransportOption {
  /** The transport. */
  readonly transport: SessionTransport;
}

/** How a session gets its transport. */
export type SessionTransportOption = ExistingTransportOption;

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
 * Resolves the session's transport option.
 *
 * @param option - An existing transport.
 * @returns The transport as the session uses it.
 * @throws {@link ConfigurationError} when no transport is given.
 */
export function resolveTransport(option: SessionTransportOption | undefined): ResolvedTransport {
  if (option === undefined) {
    throw new ConfigurationError('`transport` is required: pass `{ transport: createTransport() }`');
  }
  const { send } = option.transport;
  return { send, wrap: (outer) => outer(send), close: () => Promise.resolve() };
}
