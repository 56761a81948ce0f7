import { absentOnNotFound } from '../../find.ts';

/**
 * Runs a delete and treats "not found" as done.
 *
 * @param remove - The delete.
 * @returns Once deleted or absent.
 */
export async function deleted(remove: Promise<unknown>): Promise<void> {
  await absentOnNotFound(remove);
}
