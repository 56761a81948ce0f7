import { NotFoundError } from '../../../../errors/http-status-errors.ts';

/**
 * Runs a getter and turns the provider's 404 into `undefined` (the portable getters' rule).
 *
 * @param get - The getter.
 * @returns The value, or `undefined` when the provider answered 404.
 */
export async function orAbsent<T>(get: () => Promise<T>): Promise<T | undefined> {
  try {
    return await get();
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/**
 * Maps a lazy list through a function.
 *
 * @param items - The source list.
 * @param map - The mapping.
 * @returns The mapped list, lazily.
 */
export async function* mapList<T, U>(items: AsyncIterable<T>, map: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield map(item);
}
