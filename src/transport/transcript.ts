import { appendFileSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where transcript entries go. */
export interface TranscriptSink {
  /**
   * Appends one block of text.
   *
   * @param text - The block, ending with a newline.
   */
  write(text: string): void;
}

const UNSAFE_BANNER =
  '# !!! UNSAFE: secrets are NOT redacted in this transcript (unsafeShowSecrets / ' +
  'STRATUS_DEBUG_UNSAFE_SHOW_SECRETS=1).\n# !!! It contains live tokens and passwords: never share it, delete it after use.\n\n';

/**
 * Opens a transcript: a file path (appended to synchronously, created with mode 0600, so entries survive a
 * crash and stay in order) or any `Writable` (e.g. `process.stderr`).
 *
 * @param target - A file path or a stream.
 * @param unsafe - Whether secrets are shown raw; writes a warning banner first.
 * @returns The sink.
 */
export function openTranscript(target: string | Writable, unsafe: boolean): TranscriptSink {
  const write =
    typeof target === 'string'
      ? (text: string): void => appendFileSync(target, text, { mode: 0o600 })
      : (text: string): void => {
          target.write(text);
        };
  let started = false;
  return {
    write(text: string): void {
      if (!started && unsafe) write(UNSAFE_BANNER);
      started = true;
      write(text);
    },
  };
}
