import type { ServiceClient } from '../../service-client.ts';

/** Resolves a service client lazily (the catalog is read on first use, then the client is cached). */
export type ServiceResolver = (signal?: AbortSignal) => Promise<ServiceClient>;

/** An operation with its service client argument already supplied. */
export type ServiceBound<F> = F extends (client: ServiceClient, ...args: infer A) => infer R
  ? R extends AsyncIterable<infer T>
    ? (...args: A) => AsyncIterable<T>
    : (...args: A) => R
  : never;

/**
 * Binds a promise-returning operation to a lazily resolved service client.
 *
 * @param service - Resolves the client.
 * @param op - The operation.
 * @returns The bound operation.
 */
export function bindServiceCall<A extends unknown[], R>(
  service: ServiceResolver,
  op: (client: ServiceClient, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => op(await service(), ...args);
}

/**
 * Binds a lazy list operation to a lazily resolved service client.
 *
 * @param service - Resolves the client.
 * @param op - The list operation.
 * @returns The bound list (nothing is sent until iteration starts).
 */
export function bindServiceList<A extends unknown[], T>(
  service: ServiceResolver,
  op: (client: ServiceClient, ...args: A) => AsyncIterable<T>,
): (...args: A) => AsyncIterable<T> {
  return async function* (...args: A): AsyncGenerator<T, void, undefined> {
    yield* op(await service(), ...args);
  };
}
