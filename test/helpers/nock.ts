// State shared between the nock setup file and the integration tests that need to bend its rules explicitly.
//
// With undici, do not use nock's replyWithError() (the request never settles) or .delay() together with a
// timeout or an abort (the worker crashes on an undici assertion): use startLocalServer() from local-server.ts.

let localNetAllowed = false;
const unmatched: string[] = [];

/**
 * Lets the current test connect to 127.0.0.1, ::1 and localhost (e.g. a `node:http` server it started).
 * Every other host stays blocked; the permission is withdrawn after the test by the nock setup file.
 */
export function allowLocalNet(): void {
  localNetAllowed = true;
}

/**
 * Returns and clears the requests that matched no interceptor so far in this test. Use it in a test that
 * provokes an unmatched request on purpose (e.g. to prove a 501 is not retried) and asserts on it; anything
 * left unclaimed fails the test after it ends.
 *
 * @returns `METHOD url` of each unmatched request, oldest first.
 */
export function takeUnmatchedRequests(): string[] {
  return unmatched.splice(0, unmatched.length);
}

/** @internal Withdraws {@link allowLocalNet} and forgets unmatched requests; used by the setup file. */
export function resetNockState(): void {
  localNetAllowed = false;
  unmatched.length = 0;
}

/** @internal Records an unmatched request; used by the setup file. */
export function recordUnmatched(description: string): void {
  unmatched.push(description);
}

/** @returns Whether the current test opted into local connections. */
export function isLocalNetAllowed(): boolean {
  return localNetAllowed;
}

/**
 * @param url - An absolute URL (or `http://host:port`).
 * @returns Whether it points at the loopback interface.
 */
export function isLocalUrl(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return false;
  }
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]' || hostname === '::1';
}
