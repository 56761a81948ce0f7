// The one way a driver's extension methods reach a lazily resolved client (compute, any other service, the 1.0
// API): the client is resolved on the first call (catalog lookup, version discovery) and then reused.
import type { ComputeClient } from './compute/client.ts';
import type { ServiceClient } from './service-client.ts';

/** An operation with its first argument (the client `C`) already supplied. */
export type BoundTo<C, F> = F extends (client: C, ...args: infer A) => infer R
  ? R extends AsyncIterable<infer T>
    ? (...args: A) => AsyncIterable<T>
    : (...args: A) => R
  : never;

/** An operation with its compute client argument already supplied. */
export type Bound<F> = BoundTo<ComputeClient, F>;

/** An operation with its service client argument already supplied. */
export type ServiceBound<F> = BoundTo<ServiceClient, F>;

/** Resolves a service client lazily (the catalog is read on first use, then the client is cached). */
export type ServiceResolver = (signal?: AbortSignal) => Promise<ServiceClient>;

/**
 * Binds a promise-returning operation to a lazily resolved client.
 *
 * @param client - Resolves the client (once, then cached by the caller).
 * @param op - The operation.
 * @returns The bound operation.
 */
export function bindCall<C, A extends unknown[], R>(
  client: () => Promise<C>,
  op: (c: C, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => op(await client(), ...args);
}

/**
 * An async iterable that resolves its source on the first `next()` and then hands every call straight to it,
 * adding no generator layer (one fewer promise hop per item than a wrapping `async function*`).
 *
 * @param start - Creates the underlying iterable (e.g. after resolving the client).
 * @returns The lazy iterable; nothing is sent until iteration starts.
 */
export function lazyIterable<T>(start: () => Promise<AsyncIterable<T>>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      let inner: AsyncIterator<T> | undefined;
      const open = async (): Promise<AsyncIterator<T>> => {
        inner = (await start())[Symbol.asyncIterator]();
        return inner;
      };
      return {
        next: () => (inner === undefined ? open().then((it) => it.next()) : inner.next()),
        return: async (value?: unknown) => {
          const result = await inner?.return?.(value);
          return result ?? { done: true, value: undefined };
        },
      };
    },
  };
}

/**
 * Binds a lazy list operation to a lazily resolved client.
 *
 * @param client - Resolves the client.
 * @param op - The list operation.
 * @returns The bound list operation (nothing is sent until iteration starts).
 */
export function bindList<C, A extends unknown[], T>(
  client: () => Promise<C>,
  op: (c: C, ...args: A) => AsyncIterable<T>,
): (...args: A) => AsyncIterable<T> {
  return (...args: A) => lazyIterable(async () => op(await client(), ...args));
}
