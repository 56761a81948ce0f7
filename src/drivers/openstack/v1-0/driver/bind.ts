import { NotFoundError } from '../../../../errors/http-status-errors.ts';
import type { ServiceClient } from '../../service-client.ts';

/** An operation with its 1.0 compute client argument already supplied. */
export type BoundV10<F> = F extends (client: ServiceClient, ...args: infer A) => infer R
  ? R extends AsyncIterable<infer T>
    ? (...args: A) => AsyncIterable<T>
    : (...args: A) => R
  : never;

/**
 * Binds a promise-returning 1.0 operation to the lazily resolved 1.0 compute client.
 *
 * @param client - Resolves the client (the first call logs in to find the endpoint).
 * @param op - The operation.
 * @returns The bound operation.
 */
export function bindV10Call<A extends unknown[], R>(
  client: () => Promise<ServiceClient>,
  op: (c: ServiceClient, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => op(await client(), ...args);
}

/**
 * Binds a lazy 1.0 list operation to the lazily resolved client.
 *
 * @param client - Resolves the client.
 * @param op - The list operation.
 * @returns The bound list operation (nothing is sent until iteration starts).
 */
export function bindV10List<A extends unknown[], T>(
  client: () => Promise<ServiceClient>,
  op: (c: ServiceClient, ...args: A) => AsyncIterable<T>,
): (...args: A) => AsyncIterable<T> {
  return async function* (...args: A): AsyncGenerator<T, void, undefined> {
    yield* op(await client(), ...args);
  };
}

/**
 * Turns a 404 into `undefined`, as the portable getters promise.
 *
 * @param promise - A get that may fail with {@link "index"!NotFoundError}.
 * @returns The value, or `undefined` for a 404.
 */
export async function orUndefined<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
