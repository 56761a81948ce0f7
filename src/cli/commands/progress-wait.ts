import type { WaitOptions, WaitProgress } from '../../compute/waiters.ts';
import type { CliIo } from '../io.ts';

/**
 * Wait options that report progress: a rewritten line on a terminal, one line per status change otherwise.
 *
 * @param io - Where to write (stderr).
 * @param label - What is being waited for, e.g. `web-1`.
 * @returns Wait options with an `onProgress` callback and a `done` to end the line.
 */
export function progressWait<T>(io: CliIo, label: string): { options: WaitOptions<T>; done: () => void } {
  const tty = Reflect.get(io.stderr, 'isTTY') === true;
  let last = '';
  const onProgress = (p: WaitProgress<T>): void => {
    const seconds = Math.round(p.elapsedMs / 1000);
    if (tty) {
      const dots = '#'.repeat(Math.min(30, p.attempt)).padEnd(30, '.');
      io.stderr.write(`\r${label}: [${dots}] ${p.status} ${seconds}s   `);
    } else if (p.status !== last) {
      io.stderr.write(`${label}: ${p.status} after ${seconds}s\n`);
    }
    last = p.status;
  };
  return {
    options: { onProgress, intervalMs: 1_000, maxIntervalMs: 5_000, timeoutMs: 900_000 },
    done: () => {
      if (tty) io.stderr.write('\n');
    },
  };
}
