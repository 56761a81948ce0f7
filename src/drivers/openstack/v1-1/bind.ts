import type { ComputeClient } from '../compute/client.ts';

/** An operation with its compute client argument already supplied. */
export type Bound<F> = F extends (client: ComputeClient, ...args: infer A) => infer R
  ? R extends AsyncIterable<infer T>
    ? (...args: A) => AsyncIterable<T>
    : (...args: A) => R
  : never;

/**
 * Binds a promise-returning operation to a lazily resolved compute client.
 *
 * @param client - Resolves the compute client (discovery once, then cached).
 * @param op - The operation.
 * @returns The bound operation.
 */
export function bindCall<A extends unknown[], R>(
  client: () => Promise<ComputeClient>,
  op: (c: ComputeClient, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => op(await client(), ...args);
}

/**
 * An async iterable that resolves its source on the first `next()` and then hands every call straight to it,
 * adding no generator layer (one fewer promise hop per item than a wrapping `async function*`).
 *
 * @param start - Creates the underlying iterable (e.g. after resolving the compute client).
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
 * Binds a lazy list operation to a lazily resolved compute client.
 *
 * @param client - Resolves the compute client.
 * @param op - The list operation.
 * @returns The bound list operation (nothing is sent until iteration starts).
 */
export function bindList<A extends unknown[], T>(
  client: () => Promise<ComputeClient>,
  op: (c: ComputeClient, ...args: A) => AsyncIterable<T>,
): (...args: A) => AsyncIterable<T> {
  return (...args: A) => lazyIterable(async () => op(await client(), ...args));
}
