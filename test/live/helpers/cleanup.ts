/**
 * A cleanup registry for live tests: whatever a test creates on the cloud is deleted after it, even when the
 * test fails. Importing this module registers vitest hooks in the importing test file.
 */
import { afterAll, afterEach, beforeEach } from 'vitest';

/** Deletes one thing a test created; may be async. */
export type CleanupFn = () => unknown;

interface Entry {
  readonly label: string;
  readonly fn: CleanupFn;
}

/** Cleanup failures of one scope, each naming what could not be cleaned up. */
export class CleanupError extends AggregateError {
  override readonly name = 'CleanupError';
}

const testScope: Entry[] = [];
const fileScope: Entry[] = [];
let inTest = false;

beforeEach(() => {
  inTest = true;
});
afterEach(async () => {
  inTest = false;
  await drain(testScope, 'after the test');
});
afterAll(async () => {
  await drain(testScope, 'after the file');
  await drain(fileScope, 'after the file');
});

/**
 * Registers a cleanup. Called inside a test it runs after that test; called in `beforeAll` or a `describe`
 * body it runs after the file. Cleanups run last-registered first (delete the server before its network);
 * every one runs even if another throws, and the failures are reported together as one {@link CleanupError}.
 *
 * @param fn - Deletes what was created. Make it tolerate "already gone" (404) itself.
 * @param label - What it cleans up, for the report, e.g. `server stratus-test-compute-1a2b3c4d`.
 */
export function onCleanup(fn: CleanupFn, label = 'cleanup'): void {
  (inTest ? testScope : fileScope).push({ label, fn });
}

/**
 * Runs and empties every pending cleanup now (both scopes), for a test that must check its own teardown.
 *
 * @throws {@link CleanupError} when any cleanup failed.
 */
export async function runCleanups(): Promise<void> {
  await drain(testScope, 'on request');
  await drain(fileScope, 'on request');
}

async function drain(stack: Entry[], when: string): Promise<void> {
  const failures: Error[] = [];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    try {
      await entry.fn();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(new Error(`cleanup of ${entry.label} failed: ${message}`, { cause: error }));
    }
  }
  if (failures.length > 0) {
    throw new CleanupError(
      failures,
      `${failures.length} cleanup(s) failed ${when}:\n${failures.map((f) => `  - ${f.message}`).join('\n')}`,
    );
  }
}
