import type { MarkableKind } from '../../../../compute/models/provision.ts';
import type { MarkService } from '../../../../compute/services/provisioning.ts';
import { NotFoundError } from '../../../../errors/http-status-errors.ts';

const TAG = /^stratus:[^/]+\/.+$/;

/**
 * The ownership mark among an object's tags (`stratus:<deployment>/<resource>`), in the description form the
 * backends read.
 *
 * @param tags - The object's tags.
 * @returns The mark, or `undefined` (the backends then fall back to the deterministic name).
 */
export function markFromTags(tags: readonly string[]): string | undefined {
  return tags.find((tag) => TAG.test(tag));
}

/**
 * Creates an object with its ownership mark. The create is given the mark (the portable `marks` option): a
 * provider that tags in the create call (EC2) returns the object carrying it, atomically. Otherwise (a driver
 * that ignores the option) the mark is written here, right after; a crash between the two leaves an untagged
 * object with the deterministic name, which the backends recognise by that name.
 *
 * @param marks - The mark service.
 * @param kind - The object kind.
 * @param mark - The mark.
 * @param create - The create call (already given the mark).
 * @param signal - Aborts the calls.
 * @returns The created object (now marked).
 */
export async function createMarked<
  T extends { readonly id: string; readonly marks?: readonly string[] | undefined },
>(
  marks: MarkService,
  kind: MarkableKind,
  mark: string,
  create: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const created = await create();
  if (!(created.marks ?? []).includes(mark)) await marks.addMarks(kind, created.id, [mark], signal);
  return created;
}

/**
 * Reads something about an object that a list just returned, treating "not found" as gone: another client may
 * delete it between the list and the read (a common race on a shared project).
 *
 * @param read - The read.
 * @returns Its result, or `undefined` when the object is gone.
 */
export async function unlessGone<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
