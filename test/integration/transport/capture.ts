// A Writable that keeps what the transport's transcript writes, for assertions.
import { Writable } from 'node:stream';

/** A transcript target whose text can be read back. */
export interface Capture {
  /** Pass as `debug.transcript`. */
  readonly stream: Writable;
  /** Everything written so far. */
  text(): string;
}

/** @returns A new, empty capture. */
export function captureTranscript(): Capture {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: unknown, _encoding, done): void {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}
