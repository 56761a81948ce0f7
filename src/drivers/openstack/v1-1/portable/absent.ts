import { NotFoundError } from '../../../../errors/http-status-errors.ts';

/**
 * Runs a read and turns "not found" into `undefined`.
 *
 * @param read - The read.
 * @returns Its value, or `undefined` when the provider answered 404.
 */
export async function orAbsent<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/**
 * Runs a delete and treats "not found" as done.
 *
 * @param remove - The delete.
 * @returns Once deleted or absent.
 */
export async function deleted(remove: Promise<unknown>): Promise<void> {
  await orAbsent(remove);
}
