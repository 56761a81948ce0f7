import type { Backends, Observed } from './backend.ts';
import { backendOf } from './backend-of.ts';
import { KIND_ORDER } from './kinds/index.ts';
import type { DocumentKind } from './types.ts';

/** An object the deployment owns, with its kind. */
export interface OwnedObject {
  /** The kind. */
  readonly kind: DocumentKind;
  /** The object. */
  readonly observed: Observed;
}

/**
 * Lists every object that carries the deployment's ownership mark, kind by kind.
 *
 * @param backends - The backends.
 * @param deployment - The deployment id.
 * @param signal - Aborts the walks.
 * @returns The owned objects.
 */
export async function listOwned(
  backends: Backends,
  deployment: string,
  signal?: AbortSignal,
): Promise<OwnedObject[]> {
  const lists = await Promise.all(
    KIND_ORDER.map(async (kind) => {
      const found = await backendOf(backends, kind).listOwned(deployment, signal);
      return found.map((observed) => ({ kind, observed }));
    }),
  );
  return lists.flat();
}

/**
 * Deletes objects kind by kind in reverse creation order (floating IPs first, key pairs last), concurrently
 * within a kind up to the limit.
 *
 * @param backends - The backends.
 * @param targets - What to delete.
 * @param options - The concurrency limit, a progress callback and an abort signal.
 * @returns The error of each object that could not be deleted, by id.
 */
export async function deleteInReverse(
  backends: Backends,
  targets: readonly OwnedObject[],
  options: {
    readonly concurrency: number;
    readonly signal?: AbortSignal | undefined;
    readonly onDeleted?: (target: OwnedObject, error: unknown) => void;
  },
): Promise<ReadonlyMap<string, unknown>> {
  const errors = new Map<string, unknown>();
  for (const kind of [...KIND_ORDER].reverse()) {
    const queue = targets.filter((target) => target.kind === kind);
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        let failure: unknown;
        try {
          await backendOf(backends, kind).delete(next.observed, options.signal);
        } catch (error) {
          failure = error;
          errors.set(next.observed.id, error);
        }
        options.onDeleted?.(next, failure);
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, queue.length) }, worker));
  }
  return errors;
}
