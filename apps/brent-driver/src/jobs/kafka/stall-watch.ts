/**
 * A watchdog for a Kafka message stream. After a broker is SIGKILLed, a fetch whose connection died can leave
 * the client's stream waiting for an answer that never comes (the client clears such a fetch only after 120 s,
 * and only when something else wakes the stream). A stream with nothing buffered that has not completed a
 * fetch for `stallMs` is destroyed with an error, so its owner's reconnect loop replaces the consumer.
 */

/** The default stall time: a stream with nothing buffered and no fetch completed for this long is replaced. */
export const STALL_MS = 15_000;

/** The part of a client stream the watchdog uses. */
export interface WatchedStream {
  on(event: 'fetch', listener: () => void): unknown;
  off(event: 'fetch', listener: () => void): unknown;
  readonly readableLength: number;
  readonly destroyed: boolean;
  destroy(error?: Error): unknown;
}

/**
 * Watches `stream` until it is destroyed or the returned function is called.
 *
 * @param stream - The stream.
 * @param stallMs - How long without a completed fetch (and nothing buffered) counts as stalled. @defaultValue 15000
 * @param onStall - Told before the stream is destroyed.
 * @returns Stops watching.
 */
export function watchStalls(stream: WatchedStream, stallMs = STALL_MS, onStall?: () => void): () => void {
  let last = Date.now();
  const seen = (): void => {
    last = Date.now();
  };
  stream.on('fetch', seen);
  const stop = (): void => {
    clearInterval(timer);
    stream.off('fetch', seen);
  };
  const timer = setInterval(
    () => {
      if (stream.destroyed) return stop();
      if (stream.readableLength > 0) return seen(); // the reader is behind, not the broker
      if (Date.now() - last < stallMs) return;
      stop();
      onStall?.();
      stream.destroy(new Error(`no fetch completed for ${stallMs} ms; replacing the consumer`));
    },
    Math.min(1_000, stallMs),
  );
  timer.unref();
  return stop;
}
