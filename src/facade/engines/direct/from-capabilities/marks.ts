import type { MarkableKind } from '../../../../compute/models/provision.ts';
import type { MarkService } from '../../../../compute/services/provisioning.ts';

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
 * Creates an object, then tags it with the ownership mark. A crash between the two leaves an untagged object
 * with the deterministic name, which the backends recognise by that name, so nothing is duplicated.
 *
 * @param marks - The mark service.
 * @param kind - The object kind.
 * @param mark - The mark.
 * @param create - The create call.
 * @param signal - Aborts the calls.
 * @returns The created object (now marked).
 */
export async function createMarked<T extends { readonly id: string }>(
  marks: MarkService,
  kind: MarkableKind,
  mark: string,
  create: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const created = await create();
  await marks.addMarks(kind, created.id, [mark], signal);
  return created;
}
