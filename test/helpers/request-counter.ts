/**
 * Counts the HTTP requests a session sends, by method and path, with an undici dispatcher interceptor (the
 * transport's injectable `dispatcher`). Used to assert "a second apply sends zero mutating requests" and by the
 * facade bench.
 */
import { Agent, type Dispatcher } from 'undici';

/** One request as seen on the wire. */
export interface CountedRequest {
  readonly method: string;
  readonly path: string;
}

/** A dispatcher that records every request, and the record. */
export interface RequestCounter {
  readonly dispatcher: Dispatcher;
  readonly requests: CountedRequest[];
  /** Requests that change something (POST/PUT/PATCH/DELETE), Keystone logins excluded. */
  mutating(): CountedRequest[];
  /** Forgets what was recorded. */
  reset(): void;
}

export function requestCounter(): RequestCounter {
  const requests: CountedRequest[] = [];
  const dispatcher = new Agent().compose((dispatch) => (options, handler) => {
    requests.push({ method: String(options.method).toUpperCase(), path: options.path });
    return dispatch(options, handler);
  });
  return {
    dispatcher,
    requests,
    mutating: () =>
      requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && !r.path.endsWith('/auth/tokens')),
    reset: () => void requests.splice(0),
  };
}
