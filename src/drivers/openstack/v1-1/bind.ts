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
  return async function* (...args: A): AsyncGenerator<T, void, undefined> {
    yield* op(await client(), ...args);
  };
}
