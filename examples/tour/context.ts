// What every step of the tour shares.
import type { OpenStackSession, WaitOptions } from 'stratus';
import type { OpenStackNodeDriver } from 'stratus/openstack';
import type { CleanupStack } from './cleanup.ts';

/** The tour's shared state. */
export interface Tour {
  /** The driver: portable methods plus `ext.<service>`. */
  readonly driver: OpenStackNodeDriver;
  /** The session under the driver (one token for every service). */
  readonly session: OpenStackSession;
  /** Every resource the tour makes is named `<prefix>-…`, so leftovers are easy to find. */
  readonly prefix: string;
  /** What to undo at the end. */
  readonly cleanup: CleanupStack;
  /** Aborted on Ctrl-C. */
  readonly signal: AbortSignal;
  /** Prints one line. */
  readonly say: (line: string) => void;
  /** Wait options that print progress for `label`. */
  readonly progress: <T>(label: string) => WaitOptions<T>;
}

/**
 * Wait options that print each new status (and a heartbeat on a terminal).
 *
 * @param say - Prints a line.
 * @param write - Writes without a newline (for the terminal heartbeat).
 * @param tty - Whether the output is a terminal.
 * @returns A factory of wait options.
 */
export function progressPrinter(
  say: (line: string) => void,
  write: (text: string) => void,
  tty: boolean,
): <T>(label: string) => WaitOptions<T> {
  return <T>(label: string): WaitOptions<T> => {
    let last = '';
    return {
      intervalMs: 1_000,
      maxIntervalMs: 3_000,
      timeoutMs: 600_000,
      onProgress: (p) => {
        const secs = (p.elapsedMs / 1000).toFixed(0);
        if (p.status !== last) {
          if (tty && last !== '') write('\n');
          say(`    ${label}: ${p.status} after ${secs} s`);
        } else if (tty) write(`\r    ${label}: ${p.status} after ${secs} s `);
        last = p.status;
      },
    };
  };
}
