import { appendFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import createDebug from 'debug';
import { ConfigurationError } from '../errors/configuration-error.ts';

const log = createDebug('stratus:transport');

/** Where transcript entries go. */
export interface TranscriptSink {
  /**
   * Appends one block of text. Never throws: a failing transcript must not fail the request it describes.
   *
   * @param text - The block, ending with a newline.
   */
  write(text: string): void;
}

const UNSAFE_BANNER =
  '# !!! UNSAFE: secrets are NOT redacted in this transcript (unsafeShowSecrets / ' +
  'STRATUS_DEBUG_UNSAFE_SHOW_SECRETS=1).\n# !!! It contains live tokens and passwords: never share it, delete it after use.\n\n';

function fileWriter(path: string): (text: string) => void {
  try {
    appendFileSync(path, '', { mode: 0o600 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(
      `cannot write the debug transcript to ${path} (${reason}); set STRATUS_DEBUG / debug.transcript to a ` +
        'writable file, or unset it',
      { cause: error },
    );
  }
  return (text: string): void => appendFileSync(path, text, { mode: 0o600 });
}

/**
 * Opens a transcript: a file path (appended to synchronously, created with mode 0600, so entries survive a
 * crash and stay in order) or any `Writable` (e.g. `process.stderr`).
 *
 * @param target - A file path or a stream.
 * @param unsafe - Whether secrets are shown raw; writes a warning banner first.
 * @returns The sink.
 * @throws {@link ConfigurationError} when the file cannot be written.
 */
export function openTranscript(target: string | Writable, unsafe: boolean): TranscriptSink {
  const write =
    typeof target === 'string'
      ? fileWriter(target)
      : (text: string): void => {
          target.write(text);
        };
  let started = false;
  let failed = false;
  return {
    write(text: string): void {
      if (failed) return;
      try {
        if (!started && unsafe) write(UNSAFE_BANNER);
        started = true;
        write(text);
      } catch (error) {
        // The disk filled up or the file vanished: stop writing, say so once, and let the request go on.
        failed = true;
        log('debug transcript stopped: %s', error instanceof Error ? error.message : String(error));
      }
    },
  };
}
