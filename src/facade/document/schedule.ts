import { CloudError } from '../../errors/cloud-error.ts';

/** How one scheduled task ended. */
export type TaskOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: unknown; readonly skipped: boolean };

/** Options of {@link runInOrder}. */
export interface RunInOrderOptions {
  /** How many tasks run at once. */
  readonly concurrency: number;
  /** Stops starting new tasks; running ones see the signal themselves. */
  readonly signal?: AbortSignal | undefined;
}

function blockedBy(
  name: string,
  needs: ReadonlyMap<string, ReadonlySet<string>>,
  outcomes: ReadonlyMap<string, TaskOutcome>,
): string | undefined {
  for (const dep of needs.get(name) ?? []) {
    const outcome = outcomes.get(dep);
    if (outcome !== undefined && !outcome.ok) return dep;
  }
  return undefined;
}

function isReady(
  name: string,
  needs: ReadonlyMap<string, ReadonlySet<string>>,
  outcomes: ReadonlyMap<string, TaskOutcome>,
) {
  return [...(needs.get(name) ?? [])].every((dep) => !needs.has(dep) || outcomes.get(dep)?.ok === true);
}

/**
 * Runs one task per name, each after everything it needs succeeded, at most `concurrency` at once. A task whose
 * prerequisite failed is skipped (not run) and reported with that prerequisite's name.
 *
 * @param needs - For each name, the names it needs first (names outside the map are ignored).
 * @param task - The work for one name.
 * @param options - Concurrency and an abort signal.
 * @returns How each task ended.
 */
export async function runInOrder(
  needs: ReadonlyMap<string, ReadonlySet<string>>,
  task: (name: string) => Promise<void>,
  options: RunInOrderOptions,
): Promise<ReadonlyMap<string, TaskOutcome>> {
  const outcomes = new Map<string, TaskOutcome>();
  const running = new Map<string, Promise<void>>();
  const waiting = new Set(needs.keys());
  while (waiting.size > 0 || running.size > 0) {
    for (const name of [...waiting]) {
      const failed = blockedBy(name, needs, outcomes);
      if (failed !== undefined || options.signal?.aborted === true) {
        const error: unknown =
          options.signal?.aborted === true
            ? options.signal.reason
            : new CloudError(`not run: ${failed} failed`, 'ERR_DEPENDENCY_FAILED');
        outcomes.set(name, { ok: false, error, skipped: true });
        waiting.delete(name);
      } else if (running.size < options.concurrency && isReady(name, needs, outcomes)) {
        waiting.delete(name);
        const run = task(name).then(
          () => void outcomes.set(name, { ok: true }),
          (error: unknown) => void outcomes.set(name, { ok: false, error, skipped: false }),
        );
        running.set(
          name,
          run.finally(() => running.delete(name)),
        );
      }
    }
    if (running.size === 0 && waiting.size > 0) {
      throw new CloudError(
        `scheduler stuck on ${[...waiting].join(', ')}: a dependency cycle`,
        'ERR_INTERNAL',
      );
    }
    if (running.size > 0) await Promise.race(running.values());
  }
  return outcomes;
}
