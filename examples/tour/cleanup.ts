// A cleanup stack for the tour: everything created is registered at once, and undone last-first, each step
// tolerating "already gone", every step attempted even when one fails.

/** One thing to undo. */
interface Undo {
  readonly label: string;
  readonly run: () => Promise<unknown>;
}

/** Registers undo steps and runs them in reverse order. */
export class CleanupStack {
  readonly #steps: Undo[] = [];
  readonly #log: (line: string) => void;

  /** @param log - Where progress lines go. */
  constructor(log: (line: string) => void) {
    this.#log = log;
  }

  /**
   * @param label - What is undone, e.g. `server stratus-demo-1a2b-vm`.
   * @param run - Undoes it (a 404 counts as done).
   * @returns Forgets the step (call it when the thing was already removed on purpose).
   */
  push(label: string, run: () => Promise<unknown>): () => void {
    const step = { label, run };
    this.#steps.push(step);
    return () => {
      const at = this.#steps.indexOf(step);
      if (at >= 0) this.#steps.splice(at, 1);
    };
  }

  /** @returns How many undo steps are pending. */
  get size(): number {
    return this.#steps.length;
  }

  /** @returns The labels of what is still registered (what would be left behind). */
  pending(): string[] {
    return this.#steps.map((s) => s.label);
  }

  /**
   * Runs every step, last registered first.
   *
   * @returns The labels of the steps that failed.
   */
  async runAll(): Promise<string[]> {
    const failed: string[] = [];
    for (let step = this.#steps.pop(); step !== undefined; step = this.#steps.pop()) {
      const started = performance.now();
      try {
        await step.run();
        this.#log(`  removed ${step.label} (${seconds(started)})`);
      } catch (error) {
        if (isGone(error)) {
          this.#log(`  ${step.label} was already gone`);
          continue;
        }
        failed.push(step.label);
        this.#log(
          `  could not remove ${step.label}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return failed;
  }
}

/**
 * @param started - A `performance.now()` reading.
 * @returns The time since, e.g. `1.2 s`.
 */
export function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/**
 * @param error - What an undo step threw.
 * @returns Whether it is Stratus's 404 (`NotFoundError`, stable code `ERR_NOT_FOUND`): the thing is already gone.
 */
function isGone(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ERR_NOT_FOUND';
}
